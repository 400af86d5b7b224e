using System.Collections.Immutable;
using Plenary.Domain.Bodies;
using Plenary.Domain.Drafts;
using Plenary.Domain.States;

namespace Plenary.Domain.Tests.Specs;

/// <summary>Builds a submitted draft: <c>ADraft("A/ES-11/L.1").SponsoredBy("UKR").Build()</c>.</summary>
public sealed class DraftBuilder(string symbol)
{
    private BodyId _body = BodyId.GeneralAssembly;
    private string? _session = "ES-11";
    private DateOnly _date = new(2022, 3, 1);
    private ImmutableArray<StateCode> _main = [Builders.Code("UKR")];
    private ImmutableArray<StateCode> _co = [];

    public DraftBuilder InTheCouncil()
    {
        _body = BodyId.SecurityCouncil;
        _session = null;
        return this;
    }

    public DraftBuilder On(DateOnly date)
    {
        _date = date;
        return this;
    }

    public DraftBuilder SponsoredBy(params string[] codes)
    {
        _main = Builders.Codes(codes);
        return this;
    }

    public DraftBuilder CoSponsoredBy(params string[] codes)
    {
        _co = Builders.Codes(codes);
        return this;
    }

    public DraftSubmitted Build() => new(_date, symbol, _body, _session, $"Draft {symbol}", _main, _co);

    public DraftState BuildState() => DraftState.Fold([Build()]);
}
