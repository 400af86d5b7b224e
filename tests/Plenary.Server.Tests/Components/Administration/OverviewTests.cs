using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Server.Components.Administration;
using Plenary.Server.Hosting;

namespace Plenary.Server.Tests.Components.Administration;

public sealed class OverviewTests
{
    [Theory]
    [InlineData("2022-03-02")]
    [InlineData("2021-06-15")]
    public async Task The_Article_19_list_for_a_date_is_the_register_s(string day)
    {
        await using var app = new PlenaryApp();
        await using var context = await SecretariatScene.ContextAsync(app);
        var register = app.Services.GetRequiredService<Chamber>().Secretariat.Register;
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var members = register.AssemblyMembersOn(date);
        var expected = members.Where(s => register.HasLostVoteUnderArticle19(s.Code, date)).Select(s => s.Code.Value).Order(StringComparer.Ordinal).ToList();
        var exempted = members.Where(s => register.IsExemptedUnderArticle19(s.Code, date)).Select(s => s.Code.Value).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        var cut = context.Render<Article19List>(p => p.Add(c => c.Date, date));

        Assert.Equal(expected, cut.FindAll("[data-testid=article-19-no-vote] li").Select(li => li.GetAttribute("data-state")!).Order(StringComparer.Ordinal));
        Assert.Equal(exempted, cut.FindAll("[data-testid=article-19-exempted] li").Select(li => li.GetAttribute("data-state")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_Article_19_list_names_the_States_in_the_chosen_language_and_follows_the_date()
    {
        await using var app = new PlenaryApp();
        await using var context = await SecretariatScene.ContextAsync(app);
        var register = app.Services.GetRequiredService<Chamber>().Secretariat.Register;
        var date = new DateOnly(2022, 3, 2);
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        try
        {
            var cut = context.Render<Article19List>(p => p.Add(c => c.Date, new DateOnly(2019, 6, 1)));
            Assert.NotNull(cut.Find("[data-testid=no-vote-empty]"));

            cut.Find("#article-19-date").Change("2022-03-02");

            var first = cut.Find("[data-testid=article-19-no-vote] li");
            var code = Domain.States.StateCode.Parse(first.GetAttribute("data-state")!);
            Assert.StartsWith(register.NameOn(code, date, "fr"), first.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task A_meeting_with_a_bad_symbol_is_refused_next_to_the_field_and_a_good_one_opens()
    {
        await using var app = new PlenaryApp();
        await using var context = await SecretariatScene.ContextAsync(app);
        var cut = context.Render<MeetingsPanel>();

        cut.Find("#meeting-body").Change("SC");
        cut.Find("#meeting-date").Change("2022-02-25");
        cut.Find("#meeting-symbol").Change("S/PV.8979!");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Contains("is not a document symbol", cut.Find("#meeting-symbol-error").TextContent, StringComparison.Ordinal));

        cut.Find("#meeting-symbol").Change("S/PV.8979");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("tr[data-meeting=SC-20220225-1]")));
        Assert.Equal("/meetings/SC-20220225-1/chair", cut.Find("tr[data-meeting=SC-20220225-1] a[href$='/chair']").GetAttribute("href"));
        var (response, body) = await app.GetAsync("/api/meetings/SC-20220225-1");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("S/PV.8979", (string?)body!["symbol"]);
    }
}
