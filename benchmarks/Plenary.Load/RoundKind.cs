namespace Plenary.Load;

/// <summary>How a round's servers deliver to their watchers.</summary>
internal enum RoundKind
{
    /// <summary>One server, SQLite, its own in-process feed (the default).</summary>
    InProcess,

    /// <summary>One server, SQLite, with the Redis backplane on (Plenary's and SignalR's).</summary>
    Redis,

    /// <summary>Two servers of each kind on one Redis: the requests go to the first, the watchers are on the second; Plenary's two share one PostgreSQL log.</summary>
    TwoServers,
}
