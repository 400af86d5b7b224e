using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Plenary.Server.Tests.Reliability;

/// <summary>Issue 3 §6: generated requests thrown at the command endpoints never get a 5xx, and a refused one writes nothing.</summary>
public sealed class GeneratedRequestProperties : IAsyncLifetime
{
    private const int Requests = 400;
    private static readonly string?[] ContentTypes = ["application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "text/plain", "text/csv", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null];
    private static readonly string[] OtherMethods = ["PUT", "PATCH", "DELETE", "POST"];
    private static readonly string?[] IdempotencyKeys = [null, "k-1", "", " ", new string('k', 101), "clé", "a b", "k\u0001"];
    private static readonly string?[] IfMatches = [null, "\"1\"", "\"3\"", "*", "W/\"1\"", "garbage", "\"99999999999999999999\"", "\"-1\"", "\"1\", \"2\""];
    private CommandWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await CommandWorld.CreateAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [Fact]
    public void No_generated_request_gets_a_5xx_and_no_refused_one_writes()
    {
        var requests =
            from endpoint in Gen.Elements(_world.Endpoints.ToArray())
            from method in Gen.Frequency((6, Gen.Constant(endpoint.Method)), (1, Gen.Elements(OtherMethods)))
            from path in PathOf(endpoint)
            from body in BodyOf(endpoint)
            from contentType in Gen.Frequency((5, Gen.Constant<string?>("application/json")), (2, Gen.Elements(ContentTypes)))
            from key in Gen.Elements(IdempotencyKeys)
            from ifMatch in Gen.Frequency((4, Gen.Constant<string?>(null)), (1, Gen.Elements(IfMatches)))
            select new GeneratedRequest(method, path, body, contentType, key, ifMatch);

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(Requests).WithMaxRejected(Requests),
            Prop.ForAll(Arb.From(requests), async request =>
            {
                var outcome = await SendAsync(request);
                var fault = outcome.Fault(mayAccept: true);
                Assert.True(fault is null, $"{fault}{Environment.NewLine}{request}");
            }));
    }

    private Gen<string> PathOf(CommandEndpoint endpoint)
    {
        var parameters = endpoint.Parameters.ToArray();
        var existing = Gen.Constant(endpoint.Path(CommandWorld.Existing));
        if (parameters.Length == 0)
        {
            return existing;
        }

        var replaced =
            from parameter in Gen.Elements(parameters)
            from value in Gen.Elements([.. BadInput.UnknownCodes.Where(c => c.Trim().Length > 0), .. BadInput.PathInjections, "ga", "1", "-1", "2147483648"])
            select endpoint.Path(new Dictionary<string, string>(CommandWorld.Existing) { [parameter] = value });
        return Gen.Frequency((3, existing), (1, replaced));
    }

    private Gen<byte[]> BodyOf(CommandEndpoint endpoint)
    {
        var text = Gen.Elements([.. BadInput.Malformed, .. BadInput.WrongShapes, string.Empty, "null", "{}"]).Select(Encoding.UTF8.GetBytes);
        var fields = endpoint.Fields.ToArray();
        if (fields.Length == 0)
        {
            return Gen.Frequency((3, text), (1, Gen.Constant("state,name,email\nUKR,Delegate,delegate@example.org\n"u8.ToArray())));
        }

        // Well-formed JSON with each field kept plausible, left out, made null, or given a wrong value.
        var objects =
            from choices in Gen.ArrayOf(Gen.Choose(0, 5), fields.Length)
            from wrong in Gen.Elements([.. fields.SelectMany(f => BadInput.WrongTypes(f.Type)).Select(v => v?.ToJsonString() ?? "null")])
            from code in Gen.Elements(BadInput.UnknownCodes.ToArray())
            from injection in Gen.Elements(BadInput.Injections.ToArray())
            from extra in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
            from invalid in Gen.Frequency((6, Gen.Constant<byte[]?>(null)), (1, Gen.Elements(BadInput.InvalidUtf8.ToArray()).Select(b => (byte[]?)b)))
            select Compose(endpoint, fields, choices, wrong, code, injection, extra, invalid);
        return Gen.Frequency((1, text), (4, objects));
    }

    private byte[] Compose(CommandEndpoint endpoint, (string Name, Type Type)[] fields, int[] choices, string wrong, string code, string injection, bool extra, byte[]? invalid)
    {
        var body = _world.Plausible(endpoint);
        for (var i = 0; i < fields.Length; i++)
        {
            var name = fields[i].Name;
            var isText = fields[i].Type == typeof(string);
            switch (choices[i])
            {
                case 1:
                    body.Remove(name);
                    break;
                case 2:
                    body[name] = null;
                    break;
                case 3:
                    body[name] = JsonNode.Parse(wrong);
                    break;
                case 4:
                    body[name] = isText ? code : new JsonArray(code);
                    break;
                case 5:
                    body[name] = isText ? injection : new JsonArray(injection);
                    break;
            }
        }

        if (extra)
        {
            body["unexpected"] = "field";
        }

        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        if (invalid is null || bytes.Length < 2)
        {
            return bytes;
        }

        // Invalid bytes just inside the last string or value, where a reader decodes text.
        return [.. bytes[..^2], .. invalid, .. bytes[^2..]];
    }

    private Task<Outcome> SendAsync(GeneratedRequest request)
    {
        var content = new ByteArrayContent(request.Body);
        if (request.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        }

        return _world.SendAsync(request.Method, request.Path, content, message =>
        {
            if (request.IdempotencyKey is not null)
            {
                message.Headers.TryAddWithoutValidation("Idempotency-Key", request.IdempotencyKey);
            }

            if (request.IfMatch is not null)
            {
                message.Headers.TryAddWithoutValidation("If-Match", request.IfMatch);
            }
        });
    }

    /// <summary>One generated request; printed when the property fails.</summary>
    public sealed record GeneratedRequest(string Method, string Path, byte[] Body, string? ContentType, string? IdempotencyKey, string? IfMatch)
    {
        public override string ToString() =>
            $"{Method} {Path} [{ContentType}] Idempotency-Key: {IdempotencyKey} If-Match: {IfMatch}{Environment.NewLine}{Encoding.UTF8.GetString(Body[..Math.Min(Body.Length, 500)])}";
    }
}
