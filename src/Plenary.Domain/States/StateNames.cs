namespace Plenary.Domain.States;

/// <summary>A State's short name in the six official languages of the United Nations.</summary>
/// <remarks>
/// Names as the UN writes them (UN M49). An empty name means "not known in that language"; the
/// English name stands in for it. The six are the official languages of the General Assembly
/// (rules of procedure, rule 51): the five of the Charter's authentic texts (Art. 111) and Arabic.
/// </remarks>
public sealed record StateNames(string En, string Fr, string Es, string Ru, string Zh, string Ar)
{
    /// <summary>The English name alone, for a State whose names in other languages are not recorded.</summary>
    public static StateNames EnglishOnly(string en) => new(en, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>The name in <paramref name="language"/> (<c>en</c>, <c>fr</c>, <c>es</c>, <c>ru</c>, <c>zh</c>, <c>ar</c>); English otherwise.</summary>
    public string In(string language)
    {
        var name = Find(language);
        return string.IsNullOrEmpty(name) ? En : name;
    }

    /// <summary>True when a name is recorded in that language (English always is).</summary>
    public bool Has(string language) => !string.IsNullOrEmpty(Find(language));

    private string? Find(string language) => language switch
    {
        "en" => En,
        "fr" => Fr,
        "es" => Es,
        "ru" => Ru,
        "zh" => Zh,
        "ar" => Ar,
        _ => null,
    };
}
