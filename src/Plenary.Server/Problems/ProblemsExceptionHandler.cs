using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Plenary.Domain;
using Plenary.Infrastructure.Commands;
using Plenary.Infrastructure.EventLog;

namespace Plenary.Server.Problems;

/// <summary>Maps the errors a request can meet to problem details (RFC 9457); anything unforeseen is a bare 500, never a stack trace.</summary>
internal sealed partial class ProblemsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails details = exception switch
        {
            ProcedureViolation v => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Type = ProblemTypes.Of(v.Code),
                Title = "The rules of procedure do not allow this.",
                Detail = v.Message,
                Extensions = { ["code"] = v.Code, ["rule"] = v.Rule },
            },
            InvalidInput i => new HttpValidationProblemDetails(i.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.InvalidInput,
                Title = "The request has invalid fields.",
            },
            BadHttpRequestException b when b.StatusCode == StatusCodes.Status413PayloadTooLarge => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Type = ProblemTypes.TooLarge,
                Title = "The request body is too large.",
                Detail = $"A request body may hold at most {RequestLimits.MaxBodyBytes} bytes.",
            },
            BadHttpRequestException b => new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = [Readable(b)] })
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.InvalidInput,
                Title = "The request cannot be read.",
            },
            System.Text.DecoderFallbackException => new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = ["The body is not valid UTF-8."] })
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.InvalidInput,
                Title = "The request cannot be read.",
            },
            ArgumentException a => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [a.ParamName ?? "body"] = [a.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.InvalidInput,
                Title = "The request has invalid fields.",
            },
            UnknownResource n => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Type = ProblemTypes.NotFound,
                Title = "Not found.",
                Detail = n.Message,
            },
            ConcurrencyConflict c => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = ProblemTypes.ConcurrentChange,
                Title = "Another request changed this at the same time.",
                Detail = $"{c.Message} Read it again and retry.",
            },
            StaleVersion s => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Type = ProblemTypes.StaleVersion,
                Title = "The resource has changed since the version given in If-Match.",
                Detail = s.Message,
                Extensions = { ["currentVersion"] = s.Actual },
            },
            Accounts.Forbidden f => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Type = ProblemTypes.Forbidden,
                Title = "This account may not do this.",
                Detail = f.Message,
            },
            IdempotencyKeyReused r => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Type = ProblemTypes.IdempotencyKeyReused,
                Title = "This Idempotency-Key was used for another request.",
                Detail = r.Message,
            },
            OperationCanceledException when cancellationToken.IsCancellationRequested || httpContext.RequestAborted.IsCancellationRequested => new ProblemDetails
            {
                Status = 499,
                Title = "The client closed the request.",
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Type = ProblemTypes.Internal,
                Title = "The server could not complete the request.",
            },
        };

        if (details.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = null });
    }

    /// <summary>The reader's message without internal type names: "the JSON value could not be converted", at which path.</summary>
    private static string Readable(BadHttpRequestException exception) =>
        exception.InnerException is System.Text.Json.JsonException json
            ? $"The body is not valid JSON for this request{(json.Path is { } path ? $" (at {path})" : string.Empty)}."
            : exception.Message;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string method, string path);
}
