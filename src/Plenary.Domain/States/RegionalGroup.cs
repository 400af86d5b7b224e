namespace Plenary.Domain.States;

/// <summary>The United Nations regional group a State belongs to, or none.</summary>
/// <remarks>
/// The groups are an electoral practice of the General Assembly, used to give the elected seats of
/// the Security Council an "equitable geographical distribution" (Charter Art. 23(1)).
/// </remarks>
public enum RegionalGroup
{
    None,
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanAndCaribbean,
    WesternEuropeanAndOthers,
}
