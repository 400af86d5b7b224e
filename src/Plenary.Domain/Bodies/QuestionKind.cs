using Plenary.Domain.Voting;

namespace Plenary.Domain.Bodies;

/// <summary>A kind of question a body decides, with the majority it needs by default.</summary>
/// <remarks>GA: important (Art. 18(2), rule 83) or other (Art. 18(3), rule 85); SC: substantive (Art. 27(3)) or procedural (Art. 27(2)).</remarks>
public sealed record QuestionKind(string Name, MajorityRule Rule);
