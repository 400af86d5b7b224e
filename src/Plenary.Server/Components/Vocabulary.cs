namespace Plenary.Server.Components;

/// <summary>The words every page shares (the votes, the outcomes, the roles); its texts are in <c>Resources/Components/Vocabulary*.resx</c>.</summary>
public sealed class Vocabulary;
