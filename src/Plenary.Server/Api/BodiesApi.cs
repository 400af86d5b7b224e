using Microsoft.AspNetCore.Http.HttpResults;
using Plenary.Domain.Bodies;
using Plenary.Server.Hosting;
using Plenary.Server.Problems;

namespace Plenary.Server.Api;

/// <summary>The bodies this server runs: the General Assembly and the Security Council.</summary>
public static class BodiesApi
{
    public static RouteGroupBuilder MapBodies(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bodies").WithTags("Bodies");
        group.MapGet("/", GetBodies);
        group.MapGet("/{body}", GetBody);
        return group;
    }

    public static Ok<IReadOnlyList<BodyResponse>> GetBodies(Chamber chamber) =>
        TypedResults.Ok<IReadOnlyList<BodyResponse>>([.. chamber.Secretariat.Bodies.Values.OrderBy(b => b.Id.Value, StringComparer.Ordinal).Select(Map)]);

    public static Ok<BodyResponse> GetBody(string body, Chamber chamber) =>
        BodyId.TryParse(body, out var id) && chamber.Secretariat.Bodies.TryGetValue(id, out var found)
            ? TypedResults.Ok(Map(found))
            : throw new UnknownResource("body", body);

    private static BodyResponse Map(Body body) => new(
        body.Id.Value,
        body.Name,
        body.Kind switch { BodyKind.GeneralAssembly => "general-assembly", BodyKind.SecurityCouncil => "security-council", _ => "custom" },
        [.. body.Questions.Select(q => new QuestionKindResponse(q.Name, q.Rule.Code))],
        body.AppliesArticle19);
}

public sealed record BodyResponse(string Id, string Name, string Kind, IReadOnlyList<QuestionKindResponse> Questions, bool AppliesArticle19);

/// <summary>A kind of question the body votes on and the majority it needs.</summary>
public sealed record QuestionKindResponse(string Name, string Majority);
