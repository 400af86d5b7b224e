using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Mvc;
using Plenary.Server.Problems;

namespace Plenary.Server.Accounts;

/// <summary>Wires accounts into the host: bearer tokens, the sign-in rate limit, and the rule that every write under <c>/api</c> needs a signed-in account.</summary>
/// <remarks>
/// Reads (GET, HEAD) stay public. Who may write what is checked by <see cref="Access"/> in each
/// handler, where the body or State concerned is known. <c>Accounts:SignInPermitsPerMinute</c>
/// (default 20) caps sign-in attempts per client address.
/// </remarks>
public static class AccountsSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AccountStore>();
        services.AddHostedService(s => s.GetRequiredService<AccountStore>());
        services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme).AddBearerToken();
        services.AddAuthorization();
        var permits = configuration.GetValue("Accounts:SignInPermitsPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AccountsApi.SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = (context, cancellationToken) => WriteProblemAsync(context.HttpContext, new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.TooManyRequests,
                Title = "Too many sign-in attempts from this address.",
                Detail = string.Create(CultureInfo.InvariantCulture, $"At most {permits} a minute: wait and try again."),
            });
        });
        return services;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            if (IsWrite(context.Request) && context.User.Identity?.IsAuthenticated != true)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await WriteProblemAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status401Unauthorized,
                    Type = ProblemTypes.Unauthenticated,
                    Title = "Sign in to do this.",
                    Detail = "Send a bearer token from POST /api/auth/token as 'Authorization: Bearer <token>'. Reading needs no sign-in.",
                });
                return;
            }

            await next(context);
        });
        app.MapAccounts();
        return app;
    }

    private static bool IsWrite(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method)
        && !HttpMethods.IsHead(request.Method)
        && !HttpMethods.IsOptions(request.Method)
        && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/api/auth/token", StringComparison.OrdinalIgnoreCase);

    private static async ValueTask WriteProblemAsync(HttpContext context, ProblemDetails details)
    {
        context.Response.StatusCode = details.Status!.Value;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }
}
