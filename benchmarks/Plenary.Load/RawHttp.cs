using System.Collections.Concurrent;
using System.Text;

namespace Plenary.Load;

/// <summary>A pool of <see cref="RawConnection"/>s to one server, at most one request on each at a time; the timed requests of both rounds go through it.</summary>
internal sealed class RawHttp(Uri server) : IDisposable
{
    private readonly ConcurrentBag<RawConnection> _idle = [];
    private readonly string _host = server.Authority;

    /// <summary>POSTs a JSON body with the given extra header lines (each "Name: value"); answers the status and the body.</summary>
    public async Task<(int Status, byte[] Body)> PostAsync(string path, string json, IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        var request = Request(path, json, headers);
        var connection = _idle.TryTake(out var idle) ? idle : await RawConnection.OpenAsync(server, cancellationToken);
        try
        {
            var answer = await connection.SendAsync(request, cancellationToken);
            if (connection.Closed)
            {
                connection.Dispose();
            }
            else
            {
                _idle.Add(connection);
            }

            return answer;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    private byte[] Request(string path, string json, IReadOnlyList<string> headers)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var head = new StringBuilder(256)
            .Append("POST ").Append(path).Append(" HTTP/1.1\r\nHost: ").Append(_host)
            .Append("\r\nContent-Type: application/json\r\nContent-Length: ").Append(body.Length).Append("\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("\r\n");
        var headBytes = Encoding.ASCII.GetBytes(head.ToString());
        return [.. headBytes, .. body];
    }
}
