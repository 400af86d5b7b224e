using System.Globalization;
using System.Text;
using Plenary.Infrastructure.ReferenceData;

namespace Plenary.Server.Components.VoteResults;

/// <summary>The world map's shapes, projected once: an SVG path per country (keyed by ISO 3166-1 numeric code, the M49 code of <c>member-states.csv</c>) and a dot per small State the geometry leaves out.</summary>
/// <remarks>
/// From <c>data/geo/countries-110m.json</c> (Natural Earth 1:110m via world-atlas, see
/// <c>data/geo/LICENSE</c>) and <c>data/geo/small-states.csv</c>. Antarctica is left out: it is no
/// State and would take a fifth of the height. Projection: Natural Earth I (Šavrič et al., 2011),
/// with the polynomial d3-geo uses.
/// </remarks>
public sealed class WorldMapShapes
{
    private const double Scale = 160;
    private const string Antarctica = "010";

    private static readonly Lazy<WorldMapShapes> LoadedOnce = new(() => Load(ReferenceDataLoader.LocateDataDirectory()));

    private WorldMapShapes(string viewBox, IReadOnlyDictionary<string, string> countries, IReadOnlyList<string> others, IReadOnlyDictionary<string, (double X, double Y)> dots)
    {
        ViewBox = viewBox;
        Countries = countries;
        Others = others;
        Dots = dots;
    }

    /// <summary>The shapes from the data folder, read and projected on first use.</summary>
    public static WorldMapShapes Shared => LoadedOnce.Value;

    /// <summary>The SVG viewBox that holds every shape.</summary>
    public string ViewBox { get; }

    /// <summary>Path data by M49 code.</summary>
    public IReadOnlyDictionary<string, string> Countries { get; }

    /// <summary>Path data of the shapes that are no State in the data (territories, disputed areas), drawn without a vote.</summary>
    public IReadOnlyList<string> Others { get; }

    /// <summary>Projected positions of the small States, by ISO alpha-3 code.</summary>
    public IReadOnlyDictionary<string, (double X, double Y)> Dots { get; }

    public static WorldMapShapes Load(string dataDirectory)
    {
        var geo = Path.Combine(dataDirectory, "geo");
        var topology = Topology.Parse(File.ReadAllText(Path.Combine(geo, "countries-110m.json")));
        var dots = new List<(string Iso3, GeoPoint Point)>();
        foreach (var line in File.ReadLines(Path.Combine(geo, "small-states.csv")).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length == 3)
            {
                dots.Add((fields[0], new GeoPoint(double.Parse(fields[1], CultureInfo.InvariantCulture), double.Parse(fields[2], CultureInfo.InvariantCulture))));
            }
        }

        return From(topology.Shapes("countries"), dots, isState: id => id is not null);
    }

    /// <summary>Projects shapes and dots; shapes for which <paramref name="isState"/> is false go to <see cref="Others"/>.</summary>
    public static WorldMapShapes From(IEnumerable<TopoShape> shapes, IEnumerable<(string Iso3, GeoPoint Point)> dots, Func<string?, bool> isState)
    {
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        var others = new List<string>();
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        void Extend(double x, double y)
        {
            (minX, maxX) = (Math.Min(minX, x), Math.Max(maxX, x));
            (minY, maxY) = (Math.Min(minY, y), Math.Max(maxY, y));
        }

        foreach (var shape in shapes)
        {
            if (shape.Id == Antarctica)
            {
                continue;
            }

            var path = new StringBuilder();
            foreach (var ring in shape.Polygons.SelectMany(p => p).SelectMany(SplitAtAntimeridian))
            {
                var previous = string.Empty;
                var first = true;
                foreach (var point in ring)
                {
                    var (x, y) = Project(point);
                    Extend(x, y);
                    var pair = string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#}");
                    if (pair == previous)
                    {
                        continue;
                    }

                    path.Append(first ? "M" : " ").Append(pair);
                    previous = pair;
                    first = false;
                }

                path.Append('Z');
            }

            if (isState(shape.Id) && !countries.ContainsKey(shape.Id!))
            {
                countries[shape.Id!] = path.ToString();
            }
            else
            {
                others.Add(path.ToString());
            }
        }

        var projectedDots = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        foreach (var (iso3, point) in dots)
        {
            var (x, y) = Project(point);
            Extend(x, y);
            projectedDots[iso3] = (Math.Round(x, 1), Math.Round(y, 1));
        }

        const double margin = 4;
        var viewBox = countries.Count + projectedDots.Count + others.Count == 0
            ? "0 0 1 1"
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(minX - margin)} {Math.Floor(minY - margin)} {Math.Ceiling(maxX - minX + (2 * margin))} {Math.Ceiling(maxY - minY + (2 * margin))}");
        return new WorldMapShapes(viewBox, countries, others, projectedDots);
    }

    /// <summary>A ring that crosses the 180th meridian (Fiji, the east of the Russian Federation), as one piece on each side of it; other rings unchanged.</summary>
    /// <remarks>The data keeps such rings whole, jumping from +179° to -179°; drawn flat, that jump would cross the whole map.</remarks>
    public static IEnumerable<IReadOnlyList<GeoPoint>> SplitAtAntimeridian(IReadOnlyList<GeoPoint> ring)
    {
        var unwrapped = new List<GeoPoint>(ring.Count);
        var shift = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            if (i > 0)
            {
                var step = ring[i].Lon - ring[i - 1].Lon;
                shift += step > 180 ? -360 : step < -180 ? 360 : 0;
            }

            unwrapped.Add(ring[i] with { Lon = ring[i].Lon + shift });
        }

        var min = unwrapped.Min(p => p.Lon);
        var max = unwrapped.Max(p => p.Lon);
        if (min >= -180 && max <= 180)
        {
            yield return ring;
            yield break;
        }

        var offset = max > 180 ? -360 : 360;
        foreach (var piece in new[] { unwrapped, [.. unwrapped.Select(p => p with { Lon = p.Lon + offset })] })
        {
            var clipped = Clip(Clip(piece, 180, keepBelow: true), -180, keepBelow: false);
            if (clipped.Count >= 3)
            {
                yield return clipped;
            }
        }
    }

    /// <summary>Sutherland-Hodgman against one meridian: keeps the side west (<paramref name="keepBelow"/>) or east of it.</summary>
    private static List<GeoPoint> Clip(List<GeoPoint> ring, double meridian, bool keepBelow)
    {
        var kept = new List<GeoPoint>(ring.Count);
        bool Inside(GeoPoint p) => keepBelow ? p.Lon <= meridian : p.Lon >= meridian;
        for (var i = 0; i < ring.Count; i++)
        {
            var current = ring[i];
            var previous = ring[(i + ring.Count - 1) % ring.Count];
            if (Inside(current) != Inside(previous))
            {
                var t = (meridian - previous.Lon) / (current.Lon - previous.Lon);
                kept.Add(new GeoPoint(meridian, previous.Lat + (t * (current.Lat - previous.Lat))));
            }

            if (Inside(current))
            {
                kept.Add(current);
            }
        }

        return kept;
    }

    /// <summary>Natural Earth I: longitude and latitude in degrees to x (east) and y (south, as in SVG).</summary>
    public static (double X, double Y) Project(GeoPoint point)
    {
        var lambda = point.Lon * Math.PI / 180;
        var phi = point.Lat * Math.PI / 180;
        var phi2 = phi * phi;
        var phi4 = phi2 * phi2;
        var x = lambda * (0.8707 - (0.131979 * phi2) + (phi4 * (-0.013791 + (phi4 * ((0.003971 * phi2) - (0.001529 * phi4))))));
        var y = phi * (1.007226 + (phi2 * (0.015085 + (phi4 * (-0.044475 + (0.028874 * phi2) - (0.005916 * phi4))))));
        return (x * Scale, -y * Scale);
    }
}
