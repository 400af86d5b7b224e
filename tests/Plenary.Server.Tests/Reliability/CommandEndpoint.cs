using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Plenary.Server.Tests.Reliability;

/// <summary>A route that writes (anything but GET and HEAD) under <c>/api</c>, as the app itself maps it, so that a new endpoint is covered without a test naming it.</summary>
/// <param name="RequestType">The type its body binds to, if it reads one.</param>
/// <param name="BodyOptional">The body may be left out (the handler takes a nullable request).</param>
internal sealed partial record CommandEndpoint(string Method, string Pattern, Type? RequestType, bool BodyOptional, IReadOnlyList<string> ContentTypes)
{
    public bool HasJsonBody => RequestType is not null && ContentTypes.Any(c => c.Contains("json", StringComparison.Ordinal));

    /// <summary>The body's fields under their JSON names, with their CLR types.</summary>
    public IReadOnlyList<(string Name, Type Type)> Fields =>
        RequestType is null || RequestType == typeof(string)
            ? []
            : [.. RequestType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType))];

    public IEnumerable<string> TextFields => Fields.Where(f => f.Type == typeof(string)).Select(f => f.Name);

    public static IReadOnlyList<CommandEndpoint> All(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m) && !HttpMethods.IsOptions(m))
                .Select(m =>
                {
                    var accepts = e.Metadata.GetMetadata<IAcceptsMetadata>();
                    return new CommandEndpoint(m, e.RoutePattern.RawText!, accepts?.RequestType, accepts?.IsOptional ?? true, accepts?.ContentTypes ?? []);
                }))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal)];

    /// <summary>The path with each route parameter filled from <paramref name="values"/> (escaped).</summary>
    /// <exception cref="InvalidOperationException">A parameter has no value: a new route needs one in the test's world.</exception>
    public string Path(IReadOnlyDictionary<string, string> values) =>
        Parameter().Replace(Pattern, m => values.TryGetValue(m.Groups["name"].Value, out var value)
            ? Uri.EscapeDataString(value)
            : throw new InvalidOperationException($"No value for the route parameter '{m.Groups["name"].Value}' of {Pattern}: add one to the test's world."));

    public IEnumerable<string> Parameters => Parameter().Matches(Pattern).Select(m => m.Groups["name"].Value);

    public override string ToString() => $"{Method} {Pattern}";

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
