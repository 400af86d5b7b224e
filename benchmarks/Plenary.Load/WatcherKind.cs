namespace Plenary.Load;

/// <summary>Which hub the watchers connect to: Plenary's meetings hub or the bare broadcast hub.</summary>
internal enum WatcherKind
{
    Plenary,
    Bare,
}
