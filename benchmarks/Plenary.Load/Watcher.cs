using System.Diagnostics;

namespace Plenary.Load;

/// <summary>One connected watcher: the group (meeting) it joined and what it received, in order, with the receipt time in Stopwatch ticks.</summary>
internal sealed class Watcher(int group)
{
    private readonly Lock _sync = new();
    private long[] _keys = new long[256];
    private long[] _ticks = new long[256];

    public int Group { get; } = group;

    public int Count { get; private set; }

    /// <summary>Messages that named another group than the one joined.</summary>
    public int Strays { get; private set; }

    public bool Closed { get; set; }

    public void Receive(string? group, string expectedGroup, long key)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_sync)
        {
            if (!string.Equals(group, expectedGroup, StringComparison.Ordinal))
            {
                Strays++;
                return;
            }

            if (Count == _keys.Length)
            {
                Array.Resize(ref _keys, Count * 2);
                Array.Resize(ref _ticks, Count * 2);
            }

            _keys[Count] = key;
            _ticks[Count] = now;
            Count++;
        }
    }

    public void Write(BinaryWriter writer)
    {
        lock (_sync)
        {
            writer.Write(Group);
            writer.Write(Count);
            writer.Write(Strays);
            writer.Write(Closed);
            for (var i = 0; i < Count; i++)
            {
                writer.Write(_keys[i]);
                writer.Write(_ticks[i]);
            }
        }
    }
}
