using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Server.Problems;

namespace Plenary.Server.Accounts;

/// <summary>Wires accounts into the host: bearer tokens for API clients, a cookie for the browser, antiforgery, the sign-in rate limit, and the rule that every write under <c>/api</c> needs a signed-in account.</summary>
/// <remarks>
/// Reads (GET, HEAD) stay public. Who may write what is checked by <see cref="Access"/> in each
/// handler, where the body or State concerned is known. <c>Accounts:SignInPermitsPerMinute</c>
/// (default 20) caps sign-in attempts per client address.
/// <para>
/// The cookie is HttpOnly, Secure when the request is HTTPS, and SameSite=Lax rather than Strict:
/// a delegate following a link to a meeting from an email arrives signed in, and Lax still keeps the
/// cookie off every cross-site request that is not a top-level GET (forms, fetches, WebSocket
/// handshakes), while GETs change nothing. The antiforgery token is the defence for writes, and
/// it is required on every unsafe request the cookie authenticates.
/// </para>
/// </remarks>
public static class AccountsSetup
{
    /// <summary>The default scheme: a bearer token when the request carries one, the cookie otherwise.</summary>
    public const string BearerOrCookie = "bearer-or-cookie";
    public const string CookieName = "Plenary.Session";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
    public const string SecretariatPolicy = "secretariat";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AccountStore>();
        services.AddHostedService(s => s.GetRequiredService<AccountStore>());
        services.AddAuthentication(BearerOrCookie)
            .AddBearerToken()
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;

                // An API answers with problem details, never with a redirect to a login page.
                options.Events.OnRedirectToLogin = context => AccountProblems.UnauthenticatedAsync(context.HttpContext);
                options.Events.OnRedirectToAccessDenied = context => AccountProblems.ForbiddenAsync(context.HttpContext);
            })
            .AddPolicyScheme(BearerOrCookie, "Bearer token or cookie", options =>
            {
                options.ForwardDefaultSelector = context => IsBearer(context.Request) ? BearerTokenDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;
                options.ForwardChallenge = CookieAuthenticationDefaults.AuthenticationScheme;
                options.ForwardForbid = CookieAuthenticationDefaults.AuthenticationScheme;
            });
        services.PostConfigure<BearerTokenOptions>(BearerTokenDefaults.AuthenticationScheme, options =>
            options.BearerTokenProtector = new CachedTokenFormat(options.BearerTokenProtector));
        services.AddAuthorizationBuilder().AddPolicy(SecretariatPolicy, policy => policy.RequireRole(Roles.Secretariat));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            options.Cookie.Name = "Plenary.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        var permits = configuration.GetValue("Accounts:SignInPermitsPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AuthApi.SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = (context, cancellationToken) => new ValueTask(AccountProblems.WriteAsync(context.HttpContext, new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.TooManyRequests,
                Title = "Too many sign-in attempts from this address.",
                Detail = string.Create(CultureInfo.InvariantCulture, $"At most {permits} a minute: wait and try again."),
            }));
        });
        return services;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(EndStaleSessionsAsync);
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use(GuardWritesAsync);
        app.MapAuth();
        app.MapAccounts();
        return app;
    }

    /// <summary>True when the request authenticates with a bearer token; a browser never adds one by itself, so such a request needs no antiforgery token.</summary>
    public static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>A token or cookie of an account since disabled, or issued before its password changed, counts as no sign-in at all.</summary>
    private static async Task EndStaleSessionsAsync(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && !await context.RequestServices.GetRequiredService<AccountStore>().IsCurrentAsync(context.User, context.RequestAborted))
        {
            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            if (!IsBearer(context.Request))
            {
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }
        }

        await next(context);
    }

    /// <summary>Every write needs a signed-in account, and a write signed in by the cookie needs the antiforgery token too.</summary>
    private static async Task GuardWritesAsync(HttpContext context, RequestDelegate next)
    {
        if (IsWrite(context))
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await AccountProblems.UnauthenticatedAsync(context);
                return;
            }

            if (!IsBearer(context.Request) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                await AccountProblems.WriteAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Type = AccountProblems.AntiforgeryInvalid,
                    Title = "The antiforgery token is missing or wrong.",
                    Detail = $"A request signed in by the cookie must send the token from GET /api/auth/antiforgery (or from signing in) in the '{AntiforgeryHeader}' header.",
                });
                return;
            }
        }

        await next(context);
    }

    /// <summary>An unsafe request under <c>/api</c>, except the sign-in routes, which take a password instead.</summary>
    private static bool IsWrite(HttpContext context)
    {
        var request = context.Request;
        return !HttpMethods.IsGet(request.Method)
            && !HttpMethods.IsHead(request.Method)
            && !HttpMethods.IsOptions(request.Method)
            && !HttpMethods.IsTrace(request.Method)
            && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null;
    }
}
