using Plenary.Domain.States;
using Plenary.Infrastructure.ReferenceData;

namespace Plenary.Infrastructure.Tests.ReferenceData;

public sealed class ReferenceDataLoaderTests : IDisposable
{
    private const string MemberStatesHeader = "iso3,iso2,name_en,un_member,admission_date,regional_group,name_fr,name_es,name_ru,name_zh,name_ar,m49,regional_group_note";
    private const string FormerStatesHeader = "code,name_en,admitted,ceased,continued_by,note";
    private const string CouncilHeader = "iso3,name_en,from_year,to_year,permanent,note";
    private const string Article19Header = "year,iso3,status,as_of,source_note";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("plenary-data-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Well_formed_files_with_quotes_and_either_line_end_load_into_a_register()
    {
        Write("member-states.csv", "\r\n",
            MemberStatesHeader,
            "RUS,RU,Russian Federation,true,1945-10-24,Eastern European,Fédération de Russie,,,,,643,\"continues the USSR, \"\"original\"\" Member\"",
            "UKR,UA,Ukraine,true,1945-10-24,Eastern European,Ukraine,,,,,804,",
            "VAT,VA,Holy See,false,,none,,,,,,336,observer");
        Write("former-states.csv", "\n",
            FormerStatesHeader,
            "SUN,Union of Soviet Socialist Republics,1945-10-24,1991-12-23,RUS,\"same membership,\nnote on two lines\"",
            "DDR,German Democratic Republic,1973-09-18,1990-10-02,,");
        Write("security-council-history.csv", "\n", CouncilHeader, "RUS,Russian Federation,1946,,true,", "DDR,German Democratic Republic,1980,1981,false,");
        Write("article-19.csv", "\r\n", Article19Header, "2022,UKR,exempted,2022-01-11,\"a note, with a comma\"");

        var result = ReferenceDataLoader.Load(_directory.FullName);

        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
        var register = result.Register;
        Assert.Equal(5, register.States.Count);
        Assert.Equal(RegionalGroup.EasternEuropean, register.Get(StateCode.Parse("SUN")).Group);
        Assert.Equal(StateStatus.ObserverState, register.Get(StateCode.Parse("VAT")).Status);
        Assert.Equal("Union of Soviet Socialist Republics", register.NameOn(StateCode.Parse("RUS"), new DateOnly(1980, 1, 1)));
        Assert.Equal([StateCode.Parse("DDR"), StateCode.Parse("RUS")], register.CouncilOn(new DateOnly(1980, 1, 1)).Members);
        Assert.True(register.IsExemptedUnderArticle19(StateCode.Parse("UKR"), new DateOnly(2022, 3, 2)));
    }

    [Fact]
    public void Every_error_in_every_file_is_reported_with_file_line_and_field()
    {
        Write("member-states.csv", "\r\n",
            MemberStatesHeader,
            "RUS,RU,Russian Federation,true,1945-10-24,Eastern European,,,,,,643,",
            "U1A,XX,Bad Code,true,1945-10-24,African,,,,,,001,",
            "UKR,UA,Ukraine,true,1945-13-01,Eastern European,,,,,,804,",
            "RUS,RU,Russia again,true,1945-10-24,Eastern European,,,,,,643,",
            "FRA,FR,France,maybe,1945-10-24,Western Europe,,,,,,250,");
        Write("former-states.csv", "\n",
            FormerStatesHeader,
            "SUN,Union of Soviet Socialist Republics,1945-10-24,1991-12-23,SUX,",
            "DDR,German Democratic Republic,1990-10-02,1973-09-18,,");
        Write("security-council-history.csv", "\n",
            CouncilHeader,
            "RUS,Russian Federation,1946,,true,",
            "ZZZ,Nowhere,1980,1981,false,",
            "DDR,German Democratic Republic,198O,1981,false,");
        Write("article-19.csv", "\r\n", "year,iso3,as_of,source_note", "2022,UKR,2022-01-11,");

        var result = ReferenceDataLoader.Load(_directory.FullName);

        Assert.False(result.Succeeded);
        Assert.Null(result.Register);
        var found = result.Errors.Select(e => (e.File, e.Line, e.Field)).ToList();
        Assert.Equal(
            [
                ("member-states.csv", 3, "iso3"),
                ("member-states.csv", 4, "admission_date"),
                ("member-states.csv", 5, "iso3"),
                ("member-states.csv", 6, "un_member"),
                ("member-states.csv", 6, "regional_group"),
                ("former-states.csv", 2, "continued_by"),
                ("former-states.csv", 3, "ceased"),
                ("security-council-history.csv", 3, "iso3"),
                ("security-council-history.csv", 4, "from_year"),
                ("article-19.csv", 1, "status"),
            ],
            found);
        Assert.Equal(
            "member-states.csv:3: iso3: 'U1A' is not a State code: expected three upper-case letters A-Z (ISO 3166 alpha-3)",
            result.Errors[0].ToString());
        Assert.Equal("member-states.csv:4: admission_date: '1945-13-01' is not a date: expected YYYY-MM-DD", result.Errors[1].ToString());
        Assert.Contains("already listed (member-states.csv line 2)", result.Errors[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("article-19.csv:1: status: missing column", result.Errors[^1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_with_too_few_fields_or_broken_quotes_are_reported_and_the_rest_still_read()
    {
        Write("member-states.csv", "\n",
            MemberStatesHeader,
            "RUS,RU,Russian Federation,true,1945-10-24,Eastern European",
            "UKR,UA,Ukr\"aine,true,1945-10-24,Eastern European,,,,,,804,",
            "FRA,FR,France,true,1945-10-24,Western European and others,,,,,,250,");
        Write("former-states.csv", "\n", FormerStatesHeader);
        Write("security-council-history.csv", "\n", CouncilHeader, "FRA,France,1946,,true,");
        Write("article-19.csv", "\n", Article19Header);

        var result = ReferenceDataLoader.Load(_directory.FullName);

        Assert.Equal(
            [("member-states.csv", 2, "name_fr"), ("member-states.csv", 3, "name_en")],
            result.Errors.Select(e => (e.File, e.Line, e.Field)));
        Assert.Contains("6 fields; the header has 13", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var result = ReferenceDataLoader.Load(_directory.FullName);

        Assert.Equal(
            ["member-states.csv", "former-states.csv", "security-council-history.csv", "article-19.csv"],
            result.Errors.Select(e => e.File));
        Assert.All(result.Errors, e => Assert.Contains("not found", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_data_folder_is_found_beside_the_binaries()
    {
        var directory = ReferenceDataLoader.LocateDataDirectory();

        Assert.True(File.Exists(Path.Combine(directory, "member-states.csv")));
        Assert.True(File.Exists(Path.Combine(directory, "former-states.csv")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "data", "es-11", "votes.csv")));
    }

    private void Write(string fileName, string lineEnd, params string[] lines) =>
        File.WriteAllText(Path.Combine(_directory.FullName, fileName), string.Join(lineEnd, lines) + lineEnd);
}
