using Microsoft.AspNetCore.Components;
using Plenary.Server.Components.Localization;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Administration;

/// <summary>The bodies this server runs and who sits in each today: the number of members, how many may not vote, the permanent members.</summary>
public sealed partial class BodiesOverview
{
    [Inject]
    public required Chamber Chamber { get; init; }

    private DateOnly Today { get; set; }

    private IReadOnlyList<BodyRow> Rows { get; set; } = [];

    protected override void OnInitialized()
    {
        var secretariat = Chamber.Secretariat;
        var register = secretariat.Register;
        Today = Chamber.Today;
        Rows =
        [
            .. secretariat.Bodies.Values.OrderBy(b => b.Id.Value, StringComparer.Ordinal).Select(body =>
            {
                var electorate = body.ElectorateOn(Today, register);
                return new BodyRow(
                    body.Id.Value,
                    V.BodyName(body.Id, body.Name),
                    electorate.Size,
                    electorate.CannotVote.Count,
                    [.. electorate.Permanent.Select(code => register.NameOn(code, Today, WebCultures.Language))]);
            }),
        ];
    }

    private sealed record BodyRow(string Id, string Name, int Members, int WithoutVote, IReadOnlyList<string> Permanent);
}
