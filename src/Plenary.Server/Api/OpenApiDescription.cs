using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Plenary.Server.Accounts;

namespace Plenary.Server.Api;

/// <summary>What <c>/openapi/v1.json</c> says beyond the handlers' own types: how to sign in, and which problem details each operation can answer.</summary>
/// <remarks>
/// Read from endpoint metadata and the host's rules rather than written on every endpoint, so a
/// new endpoint is described right without anyone remembering to: an operation needs a signed-in
/// account when it has authorization metadata, or when it writes under <c>/api</c> without
/// <see cref="IAllowAnonymous"/> (the rule <see cref="AccountsSetup"/> enforces). Its problems
/// follow from what it takes and does: input (400), a signed-in account (401, 403), a resource in
/// the route (404), a write to the log (409, 422; 412 for the commands that honour
/// <c>If-Match</c>), a body (413), the sign-in rate limit (429).
/// </remarks>
public sealed class OpenApiDescription : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string BearerScheme = "Bearer";
    public const string CookieScheme = "Cookie";
    private const string ProblemSchema = "ProblemDetails";
    private const string ProblemJson = "application/problem+json";

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [StatusCodes.Status400BadRequest] = "Invalid input: `errors` names each field (or a missing antiforgery token on a cookie-signed write).",
        [StatusCodes.Status401Unauthorized] = "Not signed in, or a token or cookie no longer valid.",
        [StatusCodes.Status403Forbidden] = "The account's role, body or State does not allow this.",
        [StatusCodes.Status404NotFound] = "Nothing with this id.",
        [StatusCodes.Status409Conflict] = "Another request changed this at the same moment: read again and retry.",
        [StatusCodes.Status412PreconditionFailed] = "If-Match names an older version; `currentVersion` gives the new one.",
        [StatusCodes.Status413PayloadTooLarge] = "The request body is too large.",
        [StatusCodes.Status422UnprocessableEntity] = "A rule refuses this: a rule of procedure (`code`, `rule`), a reused Idempotency-Key, or a password rule.",
        [StatusCodes.Status429TooManyRequests] = "Too many sign-in attempts from this address.",
    };

    public static void Configure(OpenApiOptions options)
    {
        var description = new OpenApiDescription();
        options.AddDocumentTransformer(description);
        options.AddOperationTransformer(description);
    }

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.AddComponent<IOpenApiSecurityScheme>(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An access token from POST /api/auth/token, sent as 'Authorization: Bearer <token>'.",
        });
        document.AddComponent<IOpenApiSecurityScheme>(CookieScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = AccountsSetup.CookieName,
            Description = $"The browser's session cookie from POST /api/auth/sign-in. Every write it signs in must also send the antiforgery token (from signing in, or GET /api/auth/antiforgery) in the '{AccountsSetup.AntiforgeryHeader}' header.",
        });
        if (document.Components.Schemas?.ContainsKey(ProblemSchema) != true)
        {
            document.AddComponent<IOpenApiSchema>(ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        }
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.Description.ActionDescriptor.EndpointMetadata;
        var path = "/" + context.Description.RelativePath;
        var write = !HttpMethods.IsGet(context.Description.HttpMethod ?? "GET") && !HttpMethods.IsHead(context.Description.HttpMethod ?? "GET");
        var anonymous = endpoint.OfType<IAllowAnonymous>().Any();
        var signedIn = !anonymous && (endpoint.OfType<IAuthorizeData>().Any() || (write && path.StartsWith("/api/", StringComparison.Ordinal)));
        var commandOnLog = signedIn && write;
        var tags = endpoint.OfType<ITagsMetadata>().SelectMany(t => t.Tags);

        if (signedIn)
        {
            // Either scheme will do: two requirements, not one with both.
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
            ];
        }

        var hasBody = operation.RequestBody is not null;
        var problems = new List<int>();
        Add(problems, StatusCodes.Status400BadRequest, hasBody || operation.Parameters is { Count: > 0 } || commandOnLog);
        Add(problems, StatusCodes.Status401Unauthorized, signedIn);
        Add(problems, StatusCodes.Status403Forbidden, signedIn);
        Add(problems, StatusCodes.Status404NotFound, path.Contains('{', StringComparison.Ordinal));
        Add(problems, StatusCodes.Status409Conflict, commandOnLog);
        Add(problems, StatusCodes.Status412PreconditionFailed, commandOnLog && !tags.Contains("Accounts", StringComparer.Ordinal));
        Add(problems, StatusCodes.Status413PayloadTooLarge, hasBody);
        Add(problems, StatusCodes.Status422UnprocessableEntity, commandOnLog && !tags.Contains("Accounts", StringComparer.Ordinal));
        Add(problems, StatusCodes.Status429TooManyRequests, endpoint.OfType<EnableRateLimitingAttribute>().Any());

        operation.Responses ??= new OpenApiResponses();
        foreach (var status in problems)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(key, out var response))
            {
                response = new OpenApiResponse { Description = Descriptions[status] };
                operation.Responses[key] = response;
            }

            if (response is OpenApiResponse concrete)
            {
                concrete.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
                concrete.Content.Remove("application/json");
                concrete.Content[ProblemJson] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) };
            }
        }

        return Task.CompletedTask;
    }

    private static void Add(List<int> problems, int status, bool applies)
    {
        if (applies)
        {
            problems.Add(status);
        }
    }
}
