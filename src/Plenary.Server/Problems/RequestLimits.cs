namespace Plenary.Server.Problems;

/// <summary>Refuses a request body over the limit before it is read, with problem details, whatever server hosts the app.</summary>
internal static class RequestLimits
{
    public const int MaxBodyBytes = 64 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBodyBytes)
            {
                throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
            }

            await next(context);
        });
}
