namespace Plenary.Load;

/// <summary>Matches each watcher's receipts with the acknowledgements by group and key, and checks that every watcher saw every key of its group exactly once.</summary>
internal static class WatchAnalysis
{
    /// <param name="lastKey">Per group, the last key sent: a watcher should see 1 to this, each once.</param>
    /// <param name="orderRequired">Plenary promises stream order to each watcher; the bare broadcast promises none, so its reordering is counted but not held against it.</param>
    public static WatchFigures Analyse(Receipts receipts, int watchers, int joined, long[] lastKey, IReadOnlyList<Acknowledgement> acknowledgements, bool orderRequired)
    {
        var acknowledged = lastKey.Select(k => new long[k + 1]).ToArray();
        var sent = lastKey.Select(k => new long[k + 1]).ToArray();
        foreach (var a in acknowledgements)
        {
            acknowledged[a.Group][a.Key] = a.Acknowledged;
            sent[a.Group][a.Key] = a.Sent;
        }

        var fromAcknowledgement = new List<long>();
        var fromSend = new List<long>();
        var wrong = 0;
        var outOfOrder = 0;
        var closed = 0;
        long received = 0;
        foreach (var watcher in receipts.Watchers)
        {
            closed += watcher.Closed ? 1 : 0;
            received += watcher.Keys.Length;
            var last = lastKey[watcher.Group];
            var seen = new bool[last + 1];
            var complete = watcher.Keys.Length == last && watcher.Strays == 0;
            var ordered = true;
            for (var i = 0; i < watcher.Keys.Length; i++)
            {
                var key = watcher.Keys[i];
                if (key < 1 || key > last || seen[key])
                {
                    complete = false;
                    continue;
                }

                seen[key] = true;
                ordered &= key == i + 1;
                if (acknowledged[watcher.Group][key] != 0)
                {
                    fromAcknowledgement.Add(watcher.Ticks[i] - acknowledged[watcher.Group][key]);
                    fromSend.Add(watcher.Ticks[i] - sent[watcher.Group][key]);
                }
            }

            outOfOrder += ordered ? 0 : 1;
            wrong += complete && (ordered || !orderRequired) ? 0 : 1;
        }

        var expected = receipts.Watchers.Sum(w => lastKey[w.Group]);
        return new WatchFigures(
            watchers,
            joined,
            receipts.ConnectFailures,
            closed,
            expected,
            received,
            wrong,
            outOfOrder,
            Percentiles.Of(fromAcknowledgement),
            Percentiles.Of(fromSend));
    }

    /// <summary>The messages all watchers together should receive: per watcher, every key of its group.</summary>
    public static long Expected(int watchers, long[] lastKey) =>
        Enumerable.Range(0, watchers).Sum(w => lastKey[w % lastKey.Length]);
}
