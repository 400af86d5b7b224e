namespace Plenary.Domain.Sessions;

public enum SessionStatus
{
    Open,
    TemporarilyAdjourned,
    Closed,
}
