using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Plenary.Domain.Bodies;
using Plenary.Domain.States;
using Plenary.Domain.Voting;
using Plenary.Server.Problems;

namespace Plenary.Server.Api;

/// <summary>Reads request fields, collecting every error with its field before any command runs.</summary>
internal sealed partial class Input(MembershipRegister register)
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public void Error(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
    }

    /// <exception cref="InvalidInput">Any field was in error.</exception>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new InvalidInput(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }

    public string Text(string? value, string field, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(field, "is required.");
            return string.Empty;
        }

        return Optional(value, field, maxLength) ?? string.Empty;
    }

    public string? Optional(string? value, string field, int maxLength = 500)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            Error(field, string.Create(CultureInfo.InvariantCulture, $"is longer than {maxLength} characters."));
        }

        if (value.Any(char.IsControl))
        {
            Error(field, "holds a control character.");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>A document symbol such as S/2022/155 or A/ES-11/L.1.</summary>
    public string Symbol(string? value, string field)
    {
        var text = Text(value, field, 100);
        if (text.Length > 0 && !SymbolPattern().IsMatch(text))
        {
            Error(field, $"'{text}' is not a document symbol (letters, digits and . / - ( ) or spaces, such as S/2022/155).");
        }

        return text;
    }

    public string Id(string? value, string field)
    {
        var text = Text(value, field, 64);
        if (text.Length > 0 && !IdPattern().IsMatch(text))
        {
            Error(field, $"'{text}' is not an id: letters, digits, '-' and '_', at most 64.");
        }

        return text;
    }

    public DateOnly Date(string? value, string field, DateOnly fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(field, $"'{value}' is not a date of the form YYYY-MM-DD.");
        return fallback;
    }

    public StateCode State(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(field, "is required: a State's ISO 3166-1 alpha-3 code, such as UKR.");
            return default;
        }

        if (!StateCode.TryParse(value, out var code) || !register.TryFind(code, out _))
        {
            Error(field, $"'{value}' is not a known State code (ISO 3166-1 alpha-3, such as UKR).");
            return default;
        }

        return code;
    }

    public StateCode? OptionalState(string? value, string field) => value is null ? null : State(value, field);

    public ImmutableArray<StateCode> States(IReadOnlyList<string>? values, string field)
    {
        if (values is null)
        {
            return [];
        }

        var codes = ImmutableArray.CreateBuilder<StateCode>();
        for (var i = 0; i < values.Count; i++)
        {
            var code = State(values[i], string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"));
            if (code != default)
            {
                codes.Add(code);
            }
        }

        return codes.ToImmutable();
    }

    public BodyId Body(string? value, string field, IReadOnlyDictionary<BodyId, Body> bodies)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(field, "is required: GA or SC.");
            return default;
        }

        if (!BodyId.TryParse(value, out var id) || !bodies.ContainsKey(id))
        {
            Error(field, $"'{value}' is not a body: GA or SC.");
            return default;
        }

        return id;
    }

    public Vote Vote(string? value, string field)
    {
        switch (value)
        {
            case "yes": return Domain.Voting.Vote.Yes;
            case "no": return Domain.Voting.Vote.No;
            case "abstain": return Domain.Voting.Vote.Abstain;
            default:
                Error(field, $"'{value}' is not a vote: yes, no or abstain.");
                return default;
        }
    }

    public T Word<T>(string? value, string field, T fallback, TryParse<T> parse, string choices)
    {
        if (value is null)
        {
            return fallback;
        }

        if (parse(value, out var parsed))
        {
            return parsed;
        }

        Error(field, $"'{value}' is not one of: {choices}.");
        return fallback;
    }

    public int Number(int? value, string field, int min, int max)
    {
        if (value is not { } number)
        {
            Error(field, "is required.");
            return min;
        }

        if (number < min || number > max)
        {
            Error(field, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}."));
        }

        return number;
    }

    public delegate bool TryParse<T>(string? text, out T value);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9./() \-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
