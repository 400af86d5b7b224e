using Plenary.Domain.States;
using static Plenary.Infrastructure.Tests.ReferenceData.RealData;

namespace Plenary.Infrastructure.Tests.ReferenceData;

public class AssemblyMembershipTests
{
    [Fact]
    public void The_repository_data_loads_without_errors()
    {
        Assert.Empty(Result.Errors);
        Assert.True(Result.Succeeded);
        Assert.Equal(195 + 6, Register.States.Count);
    }

    [Fact]
    public void The_Assembly_has_193_members_on_the_day_of_the_ES_11_vote()
    {
        Assert.Equal(193, Register.AssemblyMembersOn(new DateOnly(2022, 3, 2)).Length);
    }

    [Fact]
    public void South_Sudan_makes_193_members_on_the_day_of_its_admission()
    {
        Assert.Equal(192, Register.AssemblyMembersOn(new DateOnly(2011, 7, 13)).Length);
        Assert.Equal(193, Register.AssemblyMembersOn(new DateOnly(2011, 7, 14)).Length);
    }

    // The Charter entered into force on 24 October 1945 with the ratifications of 29 States; the
    // other 22 original Members deposited theirs by 27 December 1945 (Belgium last), and the UN lists
    // each on its own date. "51 original Members" is the count at the end of 1945.
    [Fact]
    public void Twenty_nine_States_are_members_on_the_day_the_Charter_entered_into_force()
    {
        Assert.Equal(29, Register.AssemblyMembersOn(new DateOnly(1945, 10, 24)).Length);
    }

    [Fact]
    public void The_51_original_Members_are_all_in_once_Belgium_ratifies_on_27_December_1945()
    {
        Assert.Equal(50, Register.AssemblyMembersOn(new DateOnly(1945, 12, 26)).Length);
        Assert.Equal(51, Register.AssemblyMembersOn(new DateOnly(1945, 12, 27)).Length);
        Assert.Equal(51, Register.AssemblyMembersOn(new DateOnly(1946, 11, 18)).Length);
    }

    // The UN's count for 1984 (159) is the count at the end of the year: Brunei Darussalam was
    // admitted on 21 September 1984; on 1 January there were 158 Members.
    [Fact]
    public void The_Assembly_has_158_members_on_1_January_1984_and_159_from_the_admission_of_Brunei_Darussalam()
    {
        Assert.Equal(158, Register.AssemblyMembersOn(new DateOnly(1984, 1, 1)).Length);
        Assert.Equal(159, Register.AssemblyMembersOn(new DateOnly(1984, 9, 21)).Length);
        Assert.Equal(159, Register.AssemblyMembersOn(new DateOnly(1985, 12, 31)).Length);
    }

    [Fact]
    public void The_Assembly_has_166_members_after_the_seven_admissions_of_17_September_1991()
    {
        Assert.Equal(159, Register.AssemblyMembersOn(new DateOnly(1991, 9, 16)).Length);
        Assert.Equal(166, Register.AssemblyMembersOn(new DateOnly(1991, 9, 17)).Length);
    }

    // The UN's table of growth in membership gives 184 for 1993: it keeps Yugoslavia in its count,
    // barred from the Assembly's work by GA res. 47/1, until the Federal Republic of Yugoslavia was
    // admitted on 1 November 2000. See data/README.md.
    [Fact]
    public void The_Assembly_has_184_members_at_the_end_of_1993_counting_Yugoslavia_barred_from_its_work()
    {
        var members = Register.AssemblyMembersOn(new DateOnly(1993, 12, 31));

        Assert.Equal(184, members.Length);
        var yugoslavia = Assert.Single(members, s => s.Code == Code("YUG"));
        Assert.True(yugoslavia.IsBarredOn(new DateOnly(1993, 12, 31)));
        Assert.False(yugoslavia.IsBarredOn(new DateOnly(1992, 9, 21)));
        Assert.Equal(189, Register.AssemblyMembersOn(new DateOnly(2000, 11, 1)).Length);
    }

    [Fact]
    public void The_German_Democratic_Republic_is_a_member_in_1980_and_not_after_unification()
    {
        var ddr = Register.Get(Code("DDR"));

        Assert.True(ddr.IsMemberOn(new DateOnly(1980, 1, 1)));
        Assert.Contains(Register.AssemblyMembersOn(new DateOnly(1980, 1, 1)), s => s.Code == ddr.Code);
        Assert.True(ddr.IsMemberOn(new DateOnly(1990, 10, 2)));
        Assert.False(ddr.IsMemberOn(new DateOnly(1990, 10, 3)));
        Assert.DoesNotContain(Register.AssemblyMembersOn(new DateOnly(1991, 1, 1)), s => s.Code == ddr.Code);
    }

    [Fact]
    public void Yugoslavia_Czechoslovakia_and_Democratic_Yemen_are_members_in_1980()
    {
        var members = Register.AssemblyMembersOn(new DateOnly(1980, 1, 1)).Select(s => s.Code).ToHashSet();

        Assert.Superset(Codes("YUG CSK YMD DEU YEM").ToHashSet(), members);
        Assert.Equal(152, members.Count);
    }

    [Fact]
    public void The_Soviet_Union_is_counted_once_under_the_Russian_Federation()
    {
        var members = Register.AssemblyMembersOn(new DateOnly(1970, 1, 1));

        Assert.Single(members, s => s.Code == Code("RUS"));
        Assert.DoesNotContain(members, s => s.Code == Code("SUN"));
        Assert.Equal(126, members.Length);
    }

    [Fact]
    public void The_Soviet_code_resolves_to_the_Russian_Federation_and_other_codes_stay_as_they_are()
    {
        var date = new DateOnly(1980, 1, 1);

        Assert.Equal(Code("RUS"), Register.Resolve(Code("SUN"), date));
        Assert.Equal(Code("RUS"), Register.Resolve(Code("SUN"), new DateOnly(2022, 3, 2)));
        Assert.Equal(Code("DDR"), Register.Resolve(Code("DDR"), date));
        Assert.Equal(Code("UKR"), Register.Resolve(Code("UKR"), date));
    }

    [Fact]
    public void The_Russian_Federation_is_named_the_Union_of_Soviet_Socialist_Republics_before_24_December_1991()
    {
        Assert.Equal("Union of Soviet Socialist Republics", Register.NameOn(Code("RUS"), new DateOnly(1980, 1, 1)));
        Assert.Equal("Union of Soviet Socialist Republics", Register.NameOn(Code("RUS"), new DateOnly(1991, 12, 23)));
        Assert.Equal("Russian Federation", Register.NameOn(Code("RUS"), new DateOnly(1991, 12, 24)));
        Assert.Equal("Union of Soviet Socialist Republics", Register.NameOn(Code("SUN"), new DateOnly(1980, 1, 1)));
        Assert.Equal("Fédération de Russie", Register.NameOn(Code("RUS"), new DateOnly(1980, 1, 1), "fr"));
    }

    [Fact]
    public void Names_are_given_in_the_six_official_languages()
    {
        var date = new DateOnly(2022, 3, 2);

        Assert.Equal("Ukraine", Register.NameOn(Code("UKR"), date));
        Assert.Equal("Украина", Register.NameOn(Code("UKR"), date, "ru"));
        Assert.Equal("أوكرانيا", Register.NameOn(Code("UKR"), date, "ar"));
        Assert.Equal("中国", Register.NameOn(Code("CHN"), date, "zh"));
        Assert.Equal("German Democratic Republic", Register.NameOn(Code("DDR"), new DateOnly(1980, 1, 1), "fr"));
        Assert.Equal("Ukraine", Register.NameOn(Code("UKR"), date, "de"));
    }

    [Fact]
    public void The_Holy_See_and_the_State_of_Palestine_are_never_Assembly_members()
    {
        foreach (var year in new[] { 1946, 1964, 1980, 2012, 2022, 2026 })
        {
            var members = Register.AssemblyMembersOn(new DateOnly(year, 12, 31));

            Assert.DoesNotContain(members, s => s.Code == Code("VAT") || s.Code == Code("PSE"));
        }

        Assert.Equal(StateStatus.ObserverState, Register.Get(Code("PSE")).Status);
        Assert.Equal(StateStatus.ObserverState, Register.Get(Code("VAT")).Status);
    }

    // member-states.csv is in ordinal order ("Côte d’Ivoire" after "Czechia", "Türkiye" after
    // "Tuvalu"); the UN's own list, and the register, sort accented letters as plain ones.
    [Fact]
    public void Members_are_listed_in_the_alphabetical_order_of_the_UN_list()
    {
        var order = Register.AssemblyMembersOn(new DateOnly(2022, 3, 2)).Select(s => s.Code).ToList();

        Assert.Equal(Codes("CRI CIV HRV"), order.Skip(order.IndexOf(Code("CRI"))).Take(3));
        Assert.Equal(Codes("TUN TUR TKM TUV UGA"), order.Skip(order.IndexOf(Code("TUN"))).Take(5));
        Assert.Equal(Code("AFG"), order[0]);
        Assert.Equal(Code("ZWE"), order[^1]);
        Assert.Equal(
            Register.States.Where(s => s.Status == StateStatus.Member).Select(s => s.Code).OrderBy(c => c.Value, StringComparer.Ordinal),
            order.OrderBy(c => c.Value, StringComparer.Ordinal));
    }
}
