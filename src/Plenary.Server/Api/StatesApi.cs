using Microsoft.AspNetCore.Http.HttpResults;
using Plenary.Domain.Bodies;
using Plenary.Server.Hosting;

namespace Plenary.Server.Api;

/// <summary>Who sits in a body on a date: members, permanent members, and who may not vote (Art. 19).</summary>
public static class StatesApi
{
    public static RouteGroupBuilder MapStates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/states").WithTags("Member States");
        group.MapGet("/", GetMembers);
        return group;
    }

    /// <param name="on">The date, YYYY-MM-DD; today when absent.</param>
    /// <param name="body">GA (default) or SC.</param>
    public static Ok<MembersResponse> GetMembers(Chamber chamber, string? on = null, string? body = null)
    {
        var secretariat = chamber.Secretariat;
        var input = new Input(secretariat.Register);
        var date = input.Date(on, "on", chamber.Today);
        var bodyId = input.Body(body ?? "GA", "body", secretariat.Bodies);
        input.ThrowIfAny();

        var chosen = secretariat.Body(bodyId);
        var electorate = chosen.ElectorateOn(date, secretariat.Register);
        var members = electorate.Members.Select(code => new MemberResponse(
            code.Value,
            secretariat.Register.NameOn(code, date),
            electorate.IsPermanent(code),
            electorate.CannotVote.TryGetValue(code, out var reason) ? Reason(reason) : null));
        return TypedResults.Ok(new MembersResponse(chosen.Id.Value, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), electorate.Size, [.. members]));
    }

    internal static string Reason(NonVotingReason reason) => reason switch
    {
        NonVotingReason.Article19 => "article-19",
        _ => "not-participating",
    };
}

public sealed record MembersResponse(string Body, string On, int Size, IReadOnlyList<MemberResponse> Members);

/// <param name="NoVote">Why the member may not vote, if it may not: <c>article-19</c> (arrears) or <c>not-participating</c>.</param>
public sealed record MemberResponse(string Code, string Name, bool Permanent, string? NoVote);
