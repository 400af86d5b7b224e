using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Plenary.Domain.States;

/// <summary>Who is a Member of the United Nations, of the Security Council, and who has no vote, on a date.</summary>
/// <remarks>
/// Answers from reference data, never from a clock: Members admitted under Charter Art. 4 and not yet
/// gone; the Council's members in force for the date's year (Art. 23), five of them permanent with
/// the veto of Art. 27(3); Members without a vote in the General Assembly under Art. 19. A membership
/// continued under a new code (the USSR's by the Russian Federation) is counted once, under the
/// continuing code, and is named as it was on the date. Immutable after construction.
/// </remarks>
public sealed class MembershipRegister
{
    // The UN lists Members in English alphabetical order: "Côte d’Ivoire" after "Costa Rica" and
    // "Türkiye" before "Turkmenistan", which an ordinal comparison would not give. The invariant
    // culture does not depend on the machine's settings; ties fall back to the code.
    private static readonly StringComparer EnglishOrder = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.None);

    private readonly ImmutableArray<MemberState> _states;
    private readonly FrozenDictionary<StateCode, MemberState> _byCode;
    private readonly FrozenDictionary<StateCode, ImmutableArray<MemberState>> _earlierCodes;
    private readonly ImmutableArray<CouncilTerm> _terms;
    private readonly FrozenDictionary<int, ImmutableArray<Article19List>> _article19ByYear;
    private readonly FrozenDictionary<(int Year, StateCode Code), DateOnly> _regained;

    /// <exception cref="ArgumentException">The data contradicts itself: every problem found is in the message.</exception>
    public MembershipRegister(IEnumerable<MemberState> states, IEnumerable<CouncilTerm> councilTerms, IEnumerable<Article19Entry> article19)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(councilTerms);
        ArgumentNullException.ThrowIfNull(article19);
        _states = [.. states];
        _terms = [.. councilTerms];
        var entries = article19.ToImmutableArray();

        var problems = new List<string>();
        var byCode = new Dictionary<StateCode, MemberState>();
        foreach (var state in _states)
        {
            if (state.Code.Value.Length == 0)
            {
                problems.Add("a State has no code (default StateCode)");
            }
            else if (!byCode.TryAdd(state.Code, state))
            {
                problems.Add($"{state.Code} is listed twice");
            }
        }

        foreach (var state in _states)
        {
            CheckState(state, byCode, problems);
        }

        foreach (var term in _terms)
        {
            if (!byCode.ContainsKey(term.Code))
            {
                problems.Add($"Council term {term.FromYear}-{term.ToYear} names {term.Code}, which is not a known State");
            }

            if (term.ToYear is { } to && to < term.FromYear)
            {
                problems.Add($"Council term of {term.Code} ends ({to}) before it begins ({term.FromYear})");
            }
        }

        foreach (var entry in entries.Where(e => !byCode.ContainsKey(e.Code)))
        {
            problems.Add($"Article 19 list of {entry.Year} names {entry.Code}, which is not a known State");
        }

        foreach (var twice in entries.Where(e => e.AsOf is not null).GroupBy(e => (e.Year, e.AsOf, e.Code)).Where(g => g.Count() > 1))
        {
            problems.Add($"Article 19 list of {twice.Key.Year} as of {twice.Key.AsOf:yyyy-MM-dd} names {twice.Key.Code} twice");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The membership data is inconsistent: " + string.Join("; ", problems) + ".", nameof(states));
        }

        _byCode = byCode.ToFrozenDictionary();
        _earlierCodes = _states
            .Where(s => s.ContinuedBy is not null)
            .GroupBy(s => s.ContinuedBy!.Value)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

        // Undated entries are left out: a list that cannot be placed in time cannot say who could
        // vote on a given day, and taking it as the latest list would be a guess.
        _regained = entries
            .Where(e => e.Status == Article19Status.VoteRegained && e.AsOf is not null)
            .GroupBy(e => (e.Year, e.Code))
            .ToFrozenDictionary(g => g.Key, g => g.Min(e => e.AsOf!.Value));
        _article19ByYear = entries
            .Where(e => e.AsOf is not null && e.Status != Article19Status.VoteRegained)
            .GroupBy(e => e.Year)
            .ToFrozenDictionary(
                year => year.Key,
                year => year
                    .GroupBy(e => e.AsOf!.Value)
                    .OrderBy(list => list.Key)
                    .Select(list => new Article19List(list.Key, list.ToFrozenDictionary(e => e.Code, e => e.Status)))
                    .ToImmutableArray());
    }

    /// <summary>Every State known: Members, observer States and former Members, in the order given.</summary>
    public IReadOnlyList<MemberState> States => _states;

    public bool TryFind(StateCode code, [MaybeNullWhen(false)] out MemberState state) => _byCode.TryGetValue(code, out state);

    /// <exception cref="KeyNotFoundException">No State has this code.</exception>
    public MemberState Get(StateCode code) => TryFind(code, out var state)
        ? state
        : throw new KeyNotFoundException($"No State has the code '{code}' in the membership register.");

    /// <summary>The code under which a membership is kept: a former code continued by a current Member gives that Member's code (SUN gives RUS); any other code is returned as it is.</summary>
    /// <remarks>
    /// A continuation carries the whole membership, from admission on, so it holds for every date;
    /// the date is asked for so that a code whose meaning changed over time can be told apart.
    /// </remarks>
    public StateCode Resolve(StateCode code, DateOnly date) =>
        TryFind(code, out var state) && state.ContinuedBy is { } continuing ? continuing : code;

    /// <summary>The Members of the United Nations on the date (the General Assembly, Art. 9), in English alphabetical order of their names on that date; observer States excluded.</summary>
    public ImmutableArray<MemberState> AssemblyMembersOn(DateOnly date) =>
    [
        .. _states
            .Where(s => s.IsMemberOn(date) && !IsCountedUnderContinuingCode(s, date))
            .OrderBy(s => NameOn(s.Code, date), EnglishOrder)
            .ThenBy(s => s.Code.Value, StringComparer.Ordinal),
    ];

    /// <summary>The Security Council for the date's year: every seat-holder whose term covers that year.</summary>
    public CouncilComposition CouncilOn(DateOnly date)
    {
        var inForce = _terms.Where(t => t.CoversYear(date.Year)).ToList();
        return new CouncilComposition(
            date,
            InEnglishOrder(inForce.Select(t => t.Code), date),
            InEnglishOrder(inForce.Where(t => t.Permanent).Select(t => t.Code), date));
    }

    /// <summary>True when the State is on the latest Article 19 list in force on the date as having no vote.</summary>
    /// <remarks>
    /// The list in force is the one of the date's year with the latest date on or before the date,
    /// read as complete: a State not on it may vote. Before a year's first dated list, and in years
    /// with no list in the data (2019, 2024, all before 2020), nobody is taken to have lost the vote:
    /// the data cannot say who had, and wrongly silencing a Member is the worse error.
    /// </remarks>
    public bool HasLostVoteUnderArticle19(StateCode code, DateOnly date) =>
        StatusUnderArticle19(code, date) == Article19Status.NoVote;

    /// <summary>True when the latest Article 19 list in force on the date shows the State permitted to vote despite its arrears (Art. 19, second sentence).</summary>
    public bool IsExemptedUnderArticle19(StateCode code, DateOnly date) =>
        StatusUnderArticle19(code, date) == Article19Status.Exempted;

    /// <summary>The State's name on the date in <paramref name="language"/> (<c>en</c>, <c>fr</c>, <c>es</c>, <c>ru</c>, <c>zh</c>, <c>ar</c>).</summary>
    /// <remarks>
    /// A Member that held its membership under an earlier code is named as it was then (the Russian
    /// Federation before 24 December 1991 is the Union of Soviet Socialist Republics). Where the
    /// earlier name is not recorded in the language asked for, the current name in that language is
    /// given.
    /// </remarks>
    /// <exception cref="KeyNotFoundException">No State has this code.</exception>
    public string NameOn(StateCode code, DateOnly date, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(language);
        var state = Get(Resolve(code, date));
        if (_earlierCodes.TryGetValue(state.Code, out var earlier))
        {
            foreach (var former in earlier.Where(f => f.IsMemberOn(date) && f.Names.Has(language)))
            {
                return former.Names.In(language);
            }
        }

        return state.Names.In(language);
    }

    private static void CheckState(MemberState state, Dictionary<StateCode, MemberState> byCode, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(state.Names?.En))
        {
            problems.Add($"{state.Code} has no English name");
        }

        if (state.Status != StateStatus.ObserverState && state.Admitted is null)
        {
            problems.Add($"{state.Code} is a Member or former Member without an admission date");
        }

        if (state.Status == StateStatus.FormerMember && state.Ceased is null)
        {
            problems.Add($"{state.Code} is a former Member without the date its membership ceased");
        }

        if (state.Admitted is { } admitted && state.Ceased is { } ceased && ceased < admitted)
        {
            problems.Add($"{state.Code} ceases ({ceased:yyyy-MM-dd}) before its admission ({admitted:yyyy-MM-dd})");
        }

        if (state.ContinuedBy is { } next)
        {
            if (next == state.Code)
            {
                problems.Add($"{state.Code} is continued by itself");
            }
            else if (!byCode.TryGetValue(next, out var continuing))
            {
                problems.Add($"{state.Code} is continued by {next}, which is not a known State");
            }
            else if (continuing.ContinuedBy is not null)
            {
                problems.Add($"{state.Code} is continued by {next}, which is itself continued by another code: name the last one");
            }
        }
    }

    // The continuing code's row carries the whole membership (RUS is admitted 1945-10-24), so the
    // earlier code is not counted a second time.
    private bool IsCountedUnderContinuingCode(MemberState state, DateOnly date) =>
        state.ContinuedBy is { } continuing && _byCode[continuing].IsMemberOn(date);

    private ImmutableArray<StateCode> InEnglishOrder(IEnumerable<StateCode> codes, DateOnly date) =>
    [
        .. codes
            .Distinct()
            .OrderBy(c => TryFind(c, out _) ? NameOn(c, date) : c.Value, EnglishOrder)
            .ThenBy(c => c.Value, StringComparer.Ordinal),
    ];

    private Article19Status? StatusUnderArticle19(StateCode code, DateOnly date)
    {
        if (!_article19ByYear.TryGetValue(date.Year, out var lists))
        {
            return null;
        }

        var inForce = lists.LastOrDefault(l => l.AsOf <= date);
        var resolved = Resolve(code, date);
        if (inForce is null || !inForce.Entries.TryGetValue(resolved, out var status))
        {
            return null;
        }

        // A State that paid after the list was drawn up votes again from that day (lists shrink during the year).
        var paid = status == Article19Status.NoVote
            && _regained.TryGetValue((date.Year, resolved), out var regained)
            && regained >= inForce.AsOf
            && regained <= date;
        return paid ? null : status;
    }

    private sealed record Article19List(DateOnly AsOf, FrozenDictionary<StateCode, Article19Status> Entries);
}
