namespace Plenary.Domain.Drafts;

public enum DraftStatus
{
    NotSubmitted,
    Tabled,
    Adopted,
    Rejected,
    Vetoed,
    Withdrawn,
}
