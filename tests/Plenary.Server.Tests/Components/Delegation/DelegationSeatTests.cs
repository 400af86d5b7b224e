using Microsoft.Extensions.DependencyInjection;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Server.Components.Delegation;
using Plenary.Server.Hosting;

namespace Plenary.Server.Tests.Components.Delegation;

public sealed class DelegationSeatTests
{
    [Fact]
    public async Task In_the_Council_of_25_February_2022_each_delegation_has_its_rights()
    {
        await using var app = new PlenaryApp(seed: true);
        var batch = await app.Services.GetRequiredService<Chamber>().Secretariat.ReadAsync(TestContext.Current.CancellationToken);
        var meeting = batch.Meetings().Single(m => m.Symbol == "S/PV.8979");

        DelegationSeat Seat(string code, string language = "en") => DelegationSeat.Of(meeting, batch, StateCode.Parse(code), language);

        Assert.Equal((BodyKind.SecurityCouncil, true, true), (Seat("RUS").Body, Seat("RUS").Member, Seat("RUS").Permanent));
        Assert.Equal((true, false), (Seat("ALB").Member, Seat("ALB").Permanent));
        Assert.False(Seat("DEU").Member);
        Assert.True(Seat("DEU").MaySponsor);
        Assert.True(Seat("VAT").Observer);
        Assert.False(Seat("PSE").MaySponsor);
        Assert.Equal("Fédération de Russie", Seat("RUS", "fr").Name);
        Assert.Equal(VoteBar.None, Seat("RUS").Bar);
    }

    [Fact]
    public async Task In_the_Assembly_Palestine_may_sponsor_the_Holy_See_may_not_and_Venezuela_had_no_vote_under_Article_19()
    {
        await using var app = new PlenaryApp(seed: true);
        var batch = await app.Services.GetRequiredService<Chamber>().Secretariat.ReadAsync(TestContext.Current.CancellationToken);
        var meeting = batch.Meetings().Single(m => m.Symbol == "A/ES-11/PV.5");

        var palestine = DelegationSeat.Of(meeting, batch, StateCode.Parse("PSE"), "en");
        var holySee = DelegationSeat.Of(meeting, batch, StateCode.Parse("VAT"), "en");
        var ukraine = DelegationSeat.Of(meeting, batch, StateCode.Parse("UKR"), "en");

        Assert.Equal((true, true, false), (palestine.Observer, palestine.MaySponsor, palestine.Member));
        Assert.Equal((true, false), (holySee.Observer, holySee.MaySponsor));
        Assert.Equal((BodyKind.GeneralAssembly, true, null), (ukraine.Body, ukraine.Member, ukraine.CannotVote));
        Assert.Equal(NonVotingReason.Article19, DelegationSeat.Of(meeting, batch, StateCode.Parse("VEN"), "en").CannotVote);
    }
}
