using Microsoft.AspNetCore.Http.Features;

namespace Plenary.Server.Problems;

/// <summary>Refuses a request body over the limit with problem details, whatever server hosts the app and whether or not the handler reads the body.</summary>
/// <remarks>
/// A declared length is judged before anything is read. A body without one (chunked) is read up
/// to the limit here and handed on from memory: otherwise a handler that takes no body would
/// accept any amount, and a host without Kestrel's limit would read it all.
/// </remarks>
internal static class RequestLimits
{
    public const int MaxBodyBytes = 64 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.ContentLength > MaxBodyBytes)
            {
                throw TooLarge();
            }

            if (request.ContentLength is null && HasBody(context))
            {
                var buffered = new MemoryStream();
                var chunk = new byte[16 * 1024];
                int read;
                while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
                {
                    if (buffered.Length + read > MaxBodyBytes)
                    {
                        throw TooLarge();
                    }

                    buffered.Write(chunk, 0, read);
                }

                buffered.Position = 0;
                request.Body = buffered;
                context.Response.RegisterForDispose(buffered);
            }

            await next(context);
        });

    /// <summary>Only the API's requests: a hub's connection is a stream that never ends, not a body.</summary>
    private static bool HasBody(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !HttpMethods.IsConnect(context.Request.Method)
        && (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? context.Request.Headers.TransferEncoding.Count > 0);

    private static BadHttpRequestException TooLarge() => new("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
}
