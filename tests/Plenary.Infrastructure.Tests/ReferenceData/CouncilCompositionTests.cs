using static Plenary.Infrastructure.Tests.ReferenceData.RealData;

namespace Plenary.Infrastructure.Tests.ReferenceData;

public class CouncilCompositionTests
{
    [Fact]
    public void The_2022_Council_is_the_five_permanent_members_and_the_ten_elected()
    {
        var council = Register.CouncilOn(new DateOnly(2022, 2, 25));

        Assert.Equal(15, council.Size);
        Assert.Equal(
            Codes("CHN FRA RUS GBR USA ALB ARE BRA GAB GHA IND IRL KEN MEX NOR").OrderBy(c => c.Value, StringComparer.Ordinal),
            council.Members.OrderBy(c => c.Value, StringComparer.Ordinal));
        Assert.Equal(
            Codes("CHN FRA RUS GBR USA").OrderBy(c => c.Value, StringComparer.Ordinal),
            council.Permanent.OrderBy(c => c.Value, StringComparer.Ordinal));
        Assert.True(council.IsPermanent(Code("RUS")));
        Assert.False(council.IsPermanent(Code("ALB")));
    }

    [Fact]
    public void The_Council_members_are_in_English_alphabetical_order()
    {
        var council = Register.CouncilOn(new DateOnly(2022, 2, 25));

        Assert.Equal(Codes("ALB BRA CHN FRA GAB GHA IND IRL KEN MEX NOR RUS ARE GBR USA"), council.Members);
    }

    [Fact]
    public void The_1960_Council_has_eleven_members()
    {
        var council = Register.CouncilOn(new DateOnly(1960, 6, 1));

        Assert.Equal(11, council.Size);
        Assert.Equal(5, council.Permanent.Length);
    }

    // Charter Art. 23 as amended (in force 31 August 1965): fifteen members from 1 January 1966.
    [Fact]
    public void The_Council_has_eleven_members_until_1965_and_fifteen_from_1966()
    {
        for (var year = 1946; year <= 2027; year++)
        {
            var council = Register.CouncilOn(new DateOnly(year, 7, 1));

            Assert.Equal(year <= 1965 ? 11 : 15, council.Size);
            Assert.Equal(5, council.Permanent.Length);
        }
    }

    [Fact]
    public void The_German_Democratic_Republic_sits_on_the_Council_in_1980_and_the_Russian_seat_is_the_Soviet_one()
    {
        var date = new DateOnly(1980, 5, 8);
        var council = Register.CouncilOn(date);

        Assert.Contains(Code("DDR"), council.Members);
        Assert.True(council.IsPermanent(Code("RUS")));
        Assert.Equal("Union of Soviet Socialist Republics", Register.NameOn(Code("RUS"), date));
    }

    [Fact]
    public void Every_Council_member_is_a_Member_of_the_United_Nations_in_the_middle_of_its_year()
    {
        for (var year = 1946; year <= 2027; year++)
        {
            var date = new DateOnly(year, 7, 1);
            var members = Register.AssemblyMembersOn(date).Select(s => s.Code).ToHashSet();

            Assert.All(Register.CouncilOn(date).Members, code => Assert.Contains(code, members));
        }
    }
}
