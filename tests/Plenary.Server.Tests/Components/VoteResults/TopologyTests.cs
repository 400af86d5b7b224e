using Plenary.Server.Components.VoteResults;

namespace Plenary.Server.Tests.Components.VoteResults;

public sealed class TopologyTests
{
    /// <summary>Two squares sharing an edge (arc 1), quantized on a 1-degree grid from (10, 20): the second uses the shared arc reversed.</summary>
    private const string TwoSquares = """
        {
          "type": "Topology",
          "transform": { "scale": [1, 1], "translate": [10, 20] },
          "objects": {
            "countries": {
              "type": "GeometryCollection",
              "geometries": [
                { "type": "Polygon", "id": "001", "properties": { "name": "West" }, "arcs": [[0, 1]] },
                { "type": "MultiPolygon", "id": "002", "properties": { "name": "East" }, "arcs": [[[2, -2]]] },
                { "type": null }
              ]
            }
          },
          "arcs": [
            [[1, 1], [-1, 0], [0, -1], [1, 0]],
            [[1, 0], [0, 1]],
            [[1, 0], [1, 0], [0, 1], [-1, 0]]
          ]
        }
        """;

    [Fact]
    public void Quantized_delta_encoded_arcs_are_decoded_with_the_transform()
    {
        var shapes = Topology.Parse(TwoSquares).Shapes("countries");
        Assert.Equal(["001", "002"], shapes.Select(s => s.Id));
        Assert.Equal("West", shapes[0].Name);
        var west = Assert.Single(Assert.Single(shapes[0].Polygons));
        Assert.Equal([new(11, 21), new(10, 21), new(10, 20), new(11, 20), new(11, 21)], west);
    }

    [Fact]
    public void A_negative_arc_index_follows_the_arc_backwards_and_shared_points_are_kept_once()
    {
        var east = Assert.Single(Assert.Single(Topology.Parse(TwoSquares).Shapes("countries")[1].Polygons));
        Assert.Equal([new(11, 20), new(12, 20), new(12, 21), new(11, 21), new(11, 20)], east);
    }

    [Fact]
    public void Arcs_without_a_transform_are_absolute_positions()
    {
        const string plain = """
            { "type": "Topology", "objects": { "a": { "type": "Polygon", "id": 5, "arcs": [[0]] } },
              "arcs": [[[0.5, 0.5], [2.5, 0.5], [2.5, 1.5], [0.5, 0.5]]] }
            """;
        var shape = Assert.Single(Topology.Parse(plain).Shapes("a"));
        Assert.Equal("5", shape.Id);
        Assert.Equal(new GeoPoint(2.5, 1.5), shape.Polygons[0][0][2]);
    }

    [Fact]
    public void Anything_but_a_topology_is_refused()
    {
        Assert.Throws<FormatException>(() => Topology.Parse("""{ "type": "FeatureCollection" }"""));
        Assert.Throws<KeyNotFoundException>(() => Topology.Parse(TwoSquares).Shapes("land"));
    }

    [Fact]
    public void A_ring_across_the_180th_meridian_is_cut_into_a_piece_on_each_side()
    {
        GeoPoint[] fiji = [new(178, -17), new(-179, -17), new(-179, -16), new(178, -16), new(178, -17)];
        var pieces = WorldMapShapes.SplitAtAntimeridian(fiji).ToList();
        Assert.Equal(2, pieces.Count);
        Assert.All(pieces[0], p => Assert.InRange(p.Lon, 178, 180));
        Assert.All(pieces[1], p => Assert.InRange(p.Lon, -180, -179));
        GeoPoint[] plain = [new(10, 0), new(11, 0), new(11, 1), new(10, 0)];
        Assert.Same(plain, Assert.Single(WorldMapShapes.SplitAtAntimeridian(plain)));
    }

    [Fact]
    public void The_shipped_shapes_cover_the_Member_States_and_give_the_others_a_dot()
    {
        var map = WorldMapShapes.Shared;
        Assert.True(map.Countries.ContainsKey("804"));
        Assert.False(map.Countries.ContainsKey("010"));
        Assert.Equal(29, map.Dots.Count);
        var (x, y) = WorldMapShapes.Project(new GeoPoint(0, 0));
        Assert.Equal((0.0, 0.0), (x, -y));
    }
}
