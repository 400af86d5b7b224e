using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plenary.Server.Components.Localization;
using Plenary.Server.Hosting;

namespace Plenary.Server.Components.Administration;

/// <summary>Who has no vote in the General Assembly under Article 19 on a chosen date, and who may vote despite arrears, from the register's lists, named in the page's language.</summary>
public sealed partial class Article19List
{
    [Inject]
    public required Chamber Chamber { get; init; }

    /// <summary>The date shown first; today when not given.</summary>
    [Parameter]
    public DateOnly? Date { get; set; }

    private string? DateText { get; set; }

    private string? DateError { get; set; }

    private DateOnly? On { get; set; }

    private IReadOnlyList<(string Code, string Name)> NoVote { get; set; } = [];

    private IReadOnlyList<(string Code, string Name)> Exempted { get; set; } = [];

    protected override void OnParametersSet()
    {
        DateText = (Date ?? Chamber.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Read();
    }

    private void Change(ChangeEventArgs e)
    {
        DateText = e.Value as string;
        Read();
    }

    private void Read()
    {
        if (!DateOnly.TryParseExact(DateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            DateError = T["DateRequired"];
            On = null;
            return;
        }

        DateError = null;
        On = date;
        var register = Chamber.Secretariat.Register;
        var members = register.AssemblyMembersOn(date);
        NoVote = Named(members.Where(s => register.HasLostVoteUnderArticle19(s.Code, date)).Select(s => s.Code), date);
        Exempted = Named(members.Where(s => register.IsExemptedUnderArticle19(s.Code, date)).Select(s => s.Code), date);
    }

    private List<(string Code, string Name)> Named(IEnumerable<Domain.States.StateCode> codes, DateOnly date)
    {
        var register = Chamber.Secretariat.Register;
        return
        [
            .. codes
                .Select(c => (c.Value, register.NameOn(c, date, WebCultures.Language)))
                .OrderBy(s => s.Item2, StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.None)),
        ];
    }
}
