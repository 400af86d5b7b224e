namespace Plenary.Server.Components.VoteResults;

/// <summary>Places seats on concentric half circles, more on the longer outer rows, ordered from the left end to the right.</summary>
internal static class HemicycleLayout
{
    private const double Inner = 0.4;

    /// <summary>Seat centres and radius for <paramref name="count"/> seats in a half circle of radius <paramref name="radius"/> centred on the origin (y grows downwards, as in SVG).</summary>
    public static IReadOnlyList<(double X, double Y, double R)> Places(int count, double radius)
    {
        if (count <= 0)
        {
            return [];
        }

        var rows = count switch
        {
            <= 3 => 1,
            <= 16 => 2,
            <= 40 => 3,
            <= 80 => 5,
            <= 150 => 7,
            _ => 8,
        };
        var radii = Enumerable.Range(0, rows).Select(i => rows == 1 ? 1.0 : Inner + (i * (1 - Inner) / (rows - 1))).ToArray();
        var sum = radii.Sum();
        var perRow = radii.Select(r => Math.Max(1, (int)Math.Round(count * r / sum))).ToArray();
        perRow[^1] += count - perRow.Sum();
        if (perRow[^1] < 1)
        {
            perRow[^1] = 1;
            perRow[0] += count - perRow.Sum();
        }

        var rowGap = rows == 1 ? 1 - Inner : (1 - Inner) / (rows - 1);
        var seatRadius = double.MaxValue;
        var places = new List<(double Angle, double X, double Y)>(count);
        for (var i = 0; i < rows; i++)
        {
            var n = perRow[i];
            var along = n == 1 ? Math.PI * radii[i] : Math.PI * radii[i] / (n - 1);
            seatRadius = Math.Min(seatRadius, Math.Min(rowGap, along) * 0.45);
            for (var j = 0; j < n; j++)
            {
                var angle = n == 1 ? Math.PI / 2 : Math.PI * (n - 1 - j) / (n - 1);
                places.Add((angle, radii[i] * Math.Cos(angle), -radii[i] * Math.Sin(angle)));
            }
        }

        var seat = Math.Min(seatRadius, 0.09) * radius;
        return [.. places
            .OrderByDescending(p => Math.Round(p.Angle, 9))
            .ThenBy(p => p.X * p.X + p.Y * p.Y)
            .Select(p => (p.X * (radius - seat), p.Y * (radius - seat), seat))];
    }
}
