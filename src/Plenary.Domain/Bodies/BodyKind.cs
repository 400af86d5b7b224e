namespace Plenary.Domain.Bodies;

public enum BodyKind
{
    GeneralAssembly,
    SecurityCouncil,
    Custom,
}
