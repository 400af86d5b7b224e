using static Plenary.Infrastructure.Tests.ReferenceData.RealData;

namespace Plenary.Infrastructure.Tests.ReferenceData;

public class Article19Tests
{
    private static readonly DateOnly Es11Vote = new(2022, 3, 2);

    [Fact]
    public void On_the_day_of_the_ES_11_vote_only_Venezuela_has_lost_its_vote()
    {
        var silenced = Register.AssemblyMembersOn(Es11Vote)
            .Where(s => Register.HasLostVoteUnderArticle19(s.Code, Es11Vote))
            .Select(s => s.Code);

        Assert.Equal(Codes("VEN"), silenced);
    }

    [Fact]
    public void Comoros_Somalia_and_Sao_Tome_and_Principe_are_permitted_to_vote_on_the_day_of_the_ES_11_vote()
    {
        foreach (var code in Codes("COM SOM STP"))
        {
            Assert.True(Register.IsExemptedUnderArticle19(code, Es11Vote));
            Assert.False(Register.HasLostVoteUnderArticle19(code, Es11Vote));
        }

        Assert.False(Register.IsExemptedUnderArticle19(Code("VEN"), Es11Vote));
    }

    [Fact]
    public void Guinea_has_lost_its_vote_in_mid_January_2022_and_has_it_back_by_the_ES_11_vote()
    {
        Assert.True(Register.HasLostVoteUnderArticle19(Code("GIN"), new DateOnly(2022, 1, 15)));
        Assert.False(Register.HasLostVoteUnderArticle19(Code("GIN"), Es11Vote));
    }

    // Article 19 applies from 1 January, but the data only says who was on a list from the date of
    // that list (11 January 2022): before it nobody is taken to have lost the vote.
    [Fact]
    public void Before_the_first_list_of_the_year_nobody_has_lost_the_vote()
    {
        Assert.False(Register.HasLostVoteUnderArticle19(Code("GIN"), new DateOnly(2022, 1, 10)));
        Assert.True(Register.HasLostVoteUnderArticle19(Code("GIN"), new DateOnly(2022, 1, 11)));
    }

    [Fact]
    public void Nobody_loses_the_vote_in_a_year_with_no_list_in_the_data()
    {
        foreach (var date in new[] { new DateOnly(2019, 6, 1), new DateOnly(2024, 6, 1), new DateOnly(1990, 6, 1) })
        {
            Assert.DoesNotContain(Register.AssemblyMembersOn(date), s => Register.HasLostVoteUnderArticle19(s.Code, date));
        }
    }

    // The later, shorter 2025 list on the UN page is undated, so it cannot replace the dated list of
    // 17 February 2025: Cabo Verde, which had paid by then, stays without a vote in the data.
    [Fact]
    public void An_undated_list_is_not_used_so_the_latest_dated_list_stays_in_force()
    {
        var endOf2025 = new DateOnly(2025, 12, 31);

        // Venezuela is on both lists; Afghanistan too, and never voted; the undated list alone would free neither.
        Assert.True(Register.HasLostVoteUnderArticle19(Code("VEN"), endOf2025));
        Assert.True(Register.HasLostVoteUnderArticle19(Code("AFG"), endOf2025));
        Assert.False(Register.HasLostVoteUnderArticle19(Code("AFG"), new DateOnly(2025, 2, 16)));
    }

    [Fact]
    public void A_listed_State_that_paid_votes_again_from_its_first_recorded_vote_in_2025()
    {
        // Cabo Verde was on the list of 17 February 2025 and voted on A/RES/ES-11/7 on 24 February.
        Assert.True(Register.HasLostVoteUnderArticle19(Code("CPV"), new DateOnly(2025, 2, 20)));
        Assert.False(Register.HasLostVoteUnderArticle19(Code("CPV"), new DateOnly(2025, 2, 24)));
        Assert.False(Register.HasLostVoteUnderArticle19(Code("CPV"), new DateOnly(2025, 12, 1)));
    }

    [Fact]
    public void A_listed_State_never_seen_voting_keeps_no_vote_all_year()
    {
        Assert.True(Register.HasLostVoteUnderArticle19(Code("VEN"), new DateOnly(2025, 12, 18)));
        Assert.True(Register.HasLostVoteUnderArticle19(Code("AFG"), new DateOnly(2025, 12, 18)));
    }

    [Fact]
    public void No_State_recorded_voting_in_2025_is_taken_to_have_lost_its_vote_that_day()
    {
        var path = Path.Combine(Plenary.Infrastructure.ReferenceData.ReferenceDataLoader.LocateDataDirectory(), "article-19-regained.csv");
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split(',');
            var date = DateOnly.ParseExact(parts[2], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.False(Register.HasLostVoteUnderArticle19(Code(parts[1]), date), line);
            Assert.True(Register.HasLostVoteUnderArticle19(Code(parts[1]), new DateOnly(2025, 2, 17)), line);
        }
    }
}
