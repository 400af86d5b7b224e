using Microsoft.Extensions.Localization;
using Plenary.Domain.Voting;

namespace Plenary.Server.Components.VoteResults;

/// <summary>How the result page writes a vote: the word the DOM carries, the letter beside the colour, the word in the chosen language.</summary>
internal static class VoteMarks
{
    public static string Word(Vote? vote) => vote switch
    {
        Vote.Yes => "yes",
        Vote.No => "no",
        Vote.Abstain => "abstain",
        _ => "none",
    };

    public static string Letter(Vote? vote, IStringLocalizer<Vocabulary> words) => vote switch
    {
        Vote.Yes => words["YesLetter"],
        Vote.No => words["NoLetter"],
        Vote.Abstain => words["AbstainLetter"],
        _ => "–",
    };

    public static string Text(Vote vote, IStringLocalizer<Vocabulary> words) => vote switch
    {
        Vote.Yes => words["Yes"],
        Vote.No => words["No"],
        _ => words["Abstain"],
    };
}
