namespace Plenary.Load;

/// <summary>What every watcher received, as the watcher process wrote it: per watcher its group, and each key (version or sequence) with its receipt time.</summary>
internal sealed record Receipts(IReadOnlyList<WatcherReceipts> Watchers, int ConnectFailures)
{
    public static Receipts Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var connectFailures = reader.ReadInt32();
        var count = reader.ReadInt32();
        var watchers = new WatcherReceipts[count];
        for (var w = 0; w < count; w++)
        {
            var group = reader.ReadInt32();
            var received = reader.ReadInt32();
            var strays = reader.ReadInt32();
            var closed = reader.ReadBoolean();
            var keys = new long[received];
            var ticks = new long[received];
            for (var i = 0; i < received; i++)
            {
                keys[i] = reader.ReadInt64();
                ticks[i] = reader.ReadInt64();
            }

            watchers[w] = new WatcherReceipts(group, keys, ticks, strays, closed);
        }

        return new Receipts(watchers, connectFailures);
    }
}

/// <summary>One watcher's receipts in the order it got them.</summary>
internal sealed record WatcherReceipts(int Group, long[] Keys, long[] Ticks, int Strays, bool Closed);
