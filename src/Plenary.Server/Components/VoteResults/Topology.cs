using System.Text.Json;

namespace Plenary.Server.Components.VoteResults;

/// <summary>A point on the globe in degrees.</summary>
public readonly record struct GeoPoint(double Lon, double Lat);

/// <summary>One shape of a TopoJSON geometry collection: its id (for countries, the ISO 3166-1 numeric code), name and polygons, each a list of closed rings.</summary>
public sealed record TopoShape(string? Id, string? Name, IReadOnlyList<IReadOnlyList<IReadOnlyList<GeoPoint>>> Polygons);

/// <summary>Reads a TopoJSON topology: quantized, delta-encoded arcs shared between shapes, stitched back into polygons.</summary>
/// <remarks>
/// Only what a map of countries needs: Polygon and MultiPolygon geometries (others are skipped).
/// Format: https://github.com/topojson/topojson-specification. With a transform, each arc's first
/// position is absolute and the rest are deltas; an arc index <c>~i</c> (negative) means arc i reversed.
/// </remarks>
public sealed class Topology
{
    private readonly GeoPoint[][] _arcs;
    private readonly Dictionary<string, JsonElement> _objects;

    private Topology(GeoPoint[][] arcs, Dictionary<string, JsonElement> objects)
    {
        _arcs = arcs;
        _objects = objects;
    }

    public static Topology Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("type", out var type) || type.GetString() != "Topology")
        {
            throw new FormatException("Not a TopoJSON topology: its type must be \"Topology\".");
        }

        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (sx, sy) = (scale[0].GetDouble(), scale[1].GetDouble());
            (tx, ty) = (translate[0].GetDouble(), translate[1].GetDouble());
        }

        var arcs = new List<GeoPoint[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new GeoPoint[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += position[0].GetDouble();
                    y += position[1].GetDouble();
                    points[i++] = new GeoPoint((x * sx) + tx, (y * sy) + ty);
                }
                else
                {
                    points[i++] = new GeoPoint(position[0].GetDouble(), position[1].GetDouble());
                }
            }

            arcs.Add(points);
        }

        var objects = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.GetProperty("objects").EnumerateObject())
        {
            objects[property.Name] = property.Value.Clone();
        }

        return new Topology([.. arcs], objects);
    }

    /// <summary>The polygon shapes of the named object (a GeometryCollection or a single geometry).</summary>
    public IReadOnlyList<TopoShape> Shapes(string objectName)
    {
        if (!_objects.TryGetValue(objectName, out var element))
        {
            throw new KeyNotFoundException($"The topology has no object '{objectName}'.");
        }

        var geometries = element.GetProperty("type").GetString() == "GeometryCollection"
            ? [.. element.GetProperty("geometries").EnumerateArray()]
            : new List<JsonElement> { element };
        var shapes = new List<TopoShape>();
        foreach (var geometry in geometries)
        {
            var polygons = geometry.GetProperty("type").GetString() switch
            {
                "Polygon" => [Polygon(geometry.GetProperty("arcs"))],
                "MultiPolygon" => [.. geometry.GetProperty("arcs").EnumerateArray().Select(Polygon)],
                _ => new List<IReadOnlyList<IReadOnlyList<GeoPoint>>>(),
            };
            if (polygons.Count == 0)
            {
                continue;
            }

            var id = geometry.TryGetProperty("id", out var idElement)
                ? idElement.ValueKind == JsonValueKind.Number ? idElement.GetRawText() : idElement.GetString()
                : null;
            var name = geometry.TryGetProperty("properties", out var properties) && properties.TryGetProperty("name", out var nameElement)
                ? nameElement.GetString()
                : null;
            shapes.Add(new TopoShape(id, name, polygons));
        }

        return shapes;
    }

    private IReadOnlyList<IReadOnlyList<GeoPoint>> Polygon(JsonElement rings) =>
        [.. rings.EnumerateArray().Select(Ring)];

    /// <summary>Joins a ring's arcs; each arc after the first starts where the previous one ended, so that shared point is kept once.</summary>
    private IReadOnlyList<GeoPoint> Ring(JsonElement arcIndexes)
    {
        var points = new List<GeoPoint>();
        foreach (var indexElement in arcIndexes.EnumerateArray())
        {
            var index = indexElement.GetInt32();
            var reversed = index < 0;
            var arc = _arcs[reversed ? ~index : index];
            var start = points.Count == 0 ? 0 : 1;
            for (var k = start; k < arc.Length; k++)
            {
                points.Add(arc[reversed ? arc.Length - 1 - k : k]);
            }
        }

        return points;
    }
}
