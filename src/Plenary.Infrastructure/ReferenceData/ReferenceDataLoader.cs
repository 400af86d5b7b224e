using Plenary.Domain.States;

namespace Plenary.Infrastructure.ReferenceData;

/// <summary>Reads the membership reference data in <c>data/</c> (see <c>data/README.md</c>) into a <see cref="MembershipRegister"/>.</summary>
public static class ReferenceDataLoader
{
    public const string DataDirectoryVariable = "PLENARY_DATA";
    public const string MemberStatesFile = "member-states.csv";
    public const string FormerStatesFile = "former-states.csv";
    public const string CouncilHistoryFile = "security-council-history.csv";
    public const string Article19File = "article-19.csv";
    public const string Article19RegainedFile = "article-19-regained.csv";

    private static readonly string[] MemberStatesColumns =
        ["iso3", "name_en", "un_member", "admission_date", "regional_group", "name_fr", "name_es", "name_ru", "name_zh", "name_ar", "m49"];

    private static readonly string[] FormerStatesColumns = ["code", "name_en", "admitted", "ceased", "continued_by"];
    private static readonly string[] CouncilColumns = ["iso3", "from_year", "to_year", "permanent"];
    private static readonly string[] Article19Columns = ["year", "iso3", "status", "as_of"];

    /// <summary>The register, or every error found in the four files (file, line, column, reason); never throws on bad data.</summary>
    public static ReferenceDataLoadResult Load(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        var errors = new List<DataError>();
        var known = new Dictionary<StateCode, (string File, int Line)>();
        var states = new List<MemberState>();

        var current = ReadMemberStates(dataDirectory, errors, known, states);
        ReadFormerStates(dataDirectory, errors, known, current, states);
        var terms = ReadCouncilTerms(dataDirectory, errors, known);
        var article19 = ReadArticle19(dataDirectory, errors, known);

        return errors.Count > 0
            ? new ReferenceDataLoadResult(null, [.. errors])
            : new ReferenceDataLoadResult(new MembershipRegister(states, terms, article19), []);
    }

    /// <summary>
    /// The <c>data/</c> folder: <c>PLENARY_DATA</c> if set; else <c>data/</c> beside the binaries (the
    /// build copies it there); else the first <c>data/</c> holding <c>member-states.csv</c> found walking
    /// up from the current directory. If none is found, the folder beside the binaries, so that
    /// <see cref="Load"/> reports the missing files.
    /// </summary>
    public static string LocateDataDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(DataDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "data");
        if (File.Exists(Path.Combine(besideBinaries, MemberStatesFile)))
        {
            return besideBinaries;
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data");
            if (File.Exists(Path.Combine(candidate, MemberStatesFile)))
            {
                return candidate;
            }
        }

        return besideBinaries;
    }

    private static Dictionary<StateCode, MemberState> ReadMemberStates(
        string directory, List<DataError> errors, Dictionary<StateCode, (string File, int Line)> known, List<MemberState> states)
    {
        var current = new Dictionary<StateCode, MemberState>();
        foreach (var row in CsvTable.Read(directory, MemberStatesFile, MemberStatesColumns, errors))
        {
            var before = errors.Count;
            var code = row.Code("iso3");
            var nameEn = row.Required("name_en");
            var member = row.Flag("un_member");
            var admitted = row.Date("admission_date", required: member == true);
            if (member == false && admitted is not null)
            {
                row.Error("admission_date", "an observer State (un_member=false) has no admission date");
            }

            var group = Group(row);
            var m49 = row.Text("m49");
            if (m49.Length > 0 && (m49.Length != 3 || !m49.All(char.IsAsciiDigit)))
            {
                row.Error("m49", $"'{m49}' is not an M49 code: expected three digits");
            }

            if (code is { } c && !Claim(known, c, MemberStatesFile, row, "iso3"))
            {
                continue;
            }

            if (errors.Count == before && code is { } valid && member is { } isMember && group is { } g)
            {
                var names = new StateNames(nameEn, row.Text("name_fr"), row.Text("name_es"), row.Text("name_ru"), row.Text("name_zh"), row.Text("name_ar"));
                var state = new MemberState(valid, names, isMember ? StateStatus.Member : StateStatus.ObserverState, admitted, null, g, null, m49);
                states.Add(state);
                current.Add(valid, state);
            }
        }

        return current;
    }

    private static void ReadFormerStates(
        string directory, List<DataError> errors, Dictionary<StateCode, (string File, int Line)> known, Dictionary<StateCode, MemberState> current, List<MemberState> states)
    {
        foreach (var row in CsvTable.Read(directory, FormerStatesFile, FormerStatesColumns, errors))
        {
            var before = errors.Count;
            var code = row.Code("code");
            var name = row.Required("name_en");
            var admitted = row.Date("admitted", required: true);
            var ceased = row.Date("ceased", required: true);
            if (admitted is { } from && ceased is { } to && to < from)
            {
                row.Error("ceased", $"{to:yyyy-MM-dd} is before the admission date {from:yyyy-MM-dd}");
            }

            var continuedBy = row.Code("continued_by", required: false);
            var participationEnded = row.Date("participation_ended", required: false);
            MemberState? continuing = null;
            if (continuedBy is { } next && !current.TryGetValue(next, out continuing)
                && !(known.TryGetValue(next, out var listed) && listed.File == MemberStatesFile))
            {
                row.Error("continued_by", $"{next} is not a State in {MemberStatesFile}");
            }

            if (code is { } c && !Claim(known, c, FormerStatesFile, row, "code"))
            {
                continue;
            }

            if (errors.Count == before && code is { } valid)
            {
                var group = continuing?.Group ?? RegionalGroup.None;
                states.Add(new MemberState(valid, StateNames.EnglishOnly(name), StateStatus.FormerMember, admitted, ceased, group, continuedBy, string.Empty, participationEnded));
            }
        }
    }

    private static List<CouncilTerm> ReadCouncilTerms(string directory, List<DataError> errors, Dictionary<StateCode, (string File, int Line)> known)
    {
        var terms = new List<CouncilTerm>();
        foreach (var row in CsvTable.Read(directory, CouncilHistoryFile, CouncilColumns, errors))
        {
            var before = errors.Count;
            var code = KnownCode(row, "iso3", known);
            var from = row.Year("from_year", required: true);
            var to = row.Year("to_year", required: false);
            var permanent = row.Flag("permanent");
            if (from is { } f && to is { } t && t < f)
            {
                row.Error("to_year", $"{t} is before from_year {f}");
            }

            if (errors.Count == before && code is { } c && from is { } first && permanent is { } p)
            {
                terms.Add(new CouncilTerm(c, first, to, p));
            }
        }

        return terms;
    }

    private static List<Article19Entry> ReadArticle19(string directory, List<DataError> errors, Dictionary<StateCode, (string File, int Line)> known)
    {
        var entries = new List<Article19Entry>();
        var seen = new Dictionary<(int, DateOnly, StateCode), int>();
        foreach (var row in CsvTable.Read(directory, Article19File, Article19Columns, errors))
        {
            var before = errors.Count;
            var year = row.Year("year", required: true);
            var code = KnownCode(row, "iso3", known);
            var statusText = row.Text("status");
            Article19Status? status = statusText switch
            {
                "no_vote" => Article19Status.NoVote,
                "exempted" => Article19Status.Exempted,
                _ => null,
            };
            if (status is null)
            {
                row.Error("status", $"'{statusText}' is not a status: expected no_vote or exempted");
            }

            var asOf = row.Date("as_of", required: false);
            if (year is { } y && asOf is { } d && code is { } c && !seen.TryAdd((y, d, c), row.Line))
            {
                row.Error("iso3", $"{c} is already on the {y} list as of {d:yyyy-MM-dd} (line {seen[(y, d, c)]})");
            }

            if (errors.Count == before && year is { } listYear && code is { } state && status is { } s)
            {
                entries.Add(new Article19Entry(listYear, state, s, asOf));
            }
        }

        ReadVotesRegained(directory, errors, known, entries);
        return entries;
    }

    // Optional: derived from recorded votes, it dates when a listed State had paid and voted again.
    private static void ReadVotesRegained(string directory, List<DataError> errors, Dictionary<StateCode, (string File, int Line)> known, List<Article19Entry> entries)
    {
        if (!File.Exists(Path.Combine(directory, Article19RegainedFile)))
        {
            return;
        }

        foreach (var row in CsvTable.Read(directory, Article19RegainedFile, ["year", "iso3", "regained_by"], errors))
        {
            var before = errors.Count;
            var year = row.Year("year", required: true);
            var code = KnownCode(row, "iso3", known);
            var regained = row.Date("regained_by", required: true);
            if (year is { } y && regained is { } d && d.Year != y)
            {
                row.Error("regained_by", $"{d:yyyy-MM-dd} is not in {y}");
            }

            if (errors.Count == before && year is { } listYear && code is { } state && regained is { } date)
            {
                entries.Add(new Article19Entry(listYear, state, Article19Status.VoteRegained, date));
            }
        }
    }

    private static RegionalGroup? Group(CsvRecord row)
    {
        var text = row.Text("regional_group");
        RegionalGroup? group = text switch
        {
            "African" => RegionalGroup.African,
            "Asia-Pacific" => RegionalGroup.AsiaPacific,
            "Eastern European" => RegionalGroup.EasternEuropean,
            "Latin American and Caribbean" => RegionalGroup.LatinAmericanAndCaribbean,
            "Western European and others" => RegionalGroup.WesternEuropeanAndOthers,
            "none" => RegionalGroup.None,
            _ => null,
        };
        if (group is null)
        {
            row.Error("regional_group", $"'{text}' is not a regional group: expected African, Asia-Pacific, Eastern European, Latin American and Caribbean, Western European and others, or none");
        }

        return group;
    }

    private static bool Claim(Dictionary<StateCode, (string File, int Line)> known, StateCode code, string file, CsvRecord row, string column)
    {
        if (known.TryGetValue(code, out var first))
        {
            row.Error(column, $"{code} is already listed ({first.File} line {first.Line})");
            return false;
        }

        known.Add(code, (file, row.Line));
        return true;
    }

    private static StateCode? KnownCode(CsvRecord row, string column, Dictionary<StateCode, (string File, int Line)> known)
    {
        var code = row.Code(column);
        if (code is { } c && !known.ContainsKey(c))
        {
            row.Error(column, $"{c} is not a State in {MemberStatesFile} or {FormerStatesFile}");
            return null;
        }

        return code;
    }
}
