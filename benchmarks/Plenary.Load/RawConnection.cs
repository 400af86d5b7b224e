using System.Buffers.Text;
using System.Net.Sockets;
using System.Text;

namespace Plenary.Load;

/// <summary>One keep-alive HTTP/1.1 connection that sends a ready-made request and reads the answer: the client side of the load, as cheap as wrk's.</summary>
/// <remarks>
/// HttpClient spends about as much CPU on a small request as Kestrel does to answer it; on a
/// machine whose two cores also run the servers, that cost would be counted against them. This
/// client does the least HTTP/1.1 needs: one request at a time, the status line, Content-Length
/// or chunked bodies, and <c>Connection: close</c>.
/// </remarks>
internal sealed class RawConnection : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] CrLf = "\r\n"u8.ToArray();

    private readonly Socket _socket;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    private RawConnection(Socket socket) => _socket = socket;

    public bool Closed { get; private set; }

    public static async Task<RawConnection> OpenAsync(Uri server, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(server.Host, server.Port, cancellationToken);
            return new RawConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends one request (head and body, as bytes) and returns the status and the body of the answer.</summary>
    public async Task<(int Status, byte[] Body)> SendAsync(ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        while (!request.IsEmpty)
        {
            var sent = await _socket.SendAsync(request, SocketFlags.None, cancellationToken);
            request = request[sent..];
        }

        var headEnd = await FindAsync(HeaderEnd, cancellationToken);
        var head = _buffer.AsSpan(_start, headEnd - _start);
        var status = ParseStatus(head);
        long contentLength = -1;
        var chunked = false;
        foreach (var range in head.Split(CrLf))
        {
            var line = head[range];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                Utf8Parser.TryParse(value, out contentLength, out _);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                chunked = value.IndexOf("chunked"u8) >= 0;
            }
            else if (Ascii.EqualsIgnoreCase(name, "Connection"u8) && Ascii.EqualsIgnoreCase(value, "close"u8))
            {
                Closed = true;
            }
        }

        _start = headEnd + HeaderEnd.Length;
        byte[] body;
        if (chunked)
        {
            body = await ReadChunkedAsync(cancellationToken);
        }
        else
        {
            body = await ReadExactlyAsync((int)Math.Max(0, contentLength), cancellationToken);
        }

        return (status, body);
    }

    public void Dispose() => _socket.Dispose();

    private static int ParseStatus(ReadOnlySpan<byte> head)
    {
        // "HTTP/1.1 200 OK"
        var space = head.IndexOf((byte)' ');
        return space > 0 && Utf8Parser.TryParse(head[(space + 1)..], out int status, out _)
            ? status
            : throw new LoadFailure($"not an HTTP answer: {Encoding.ASCII.GetString(head[..Math.Min(head.Length, 60)])}");
    }

    private async Task<byte[]> ReadChunkedAsync(CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var lineEnd = await FindAsync(CrLf, cancellationToken);
            var sizeText = _buffer.AsSpan(_start, lineEnd - _start);
            var semicolon = sizeText.IndexOf((byte)';');
            if (!Utf8Parser.TryParse(semicolon >= 0 ? sizeText[..semicolon] : sizeText, out int size, out _, 'x'))
            {
                throw new LoadFailure("a chunked answer with a bad chunk size");
            }

            _start = lineEnd + CrLf.Length;
            if (size == 0)
            {
                // No trailers are sent by Kestrel: the last chunk is followed by an empty line.
                var end = await FindAsync(CrLf, cancellationToken);
                _start = end + CrLf.Length;
                return body.ToArray();
            }

            body.Write(await ReadExactlyAsync(size, cancellationToken));
            var after = await FindAsync(CrLf, cancellationToken);
            _start = after + CrLf.Length;
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
        {
            await FillAsync(cancellationToken);
        }

        var bytes = _buffer.AsSpan(_start, count).ToArray();
        _start += count;
        return bytes;
    }

    /// <summary>The index in the buffer where <paramref name="marker"/> starts, reading more until it is there.</summary>
    private async Task<int> FindAsync(byte[] marker, CancellationToken cancellationToken)
    {
        var searched = _start;
        while (true)
        {
            var found = _buffer.AsSpan(searched, _end - searched).IndexOf(marker);
            if (found >= 0)
            {
                return searched + found;
            }

            searched = Math.Max(_start, _end - marker.Length + 1);
            var before = _start;
            await FillAsync(cancellationToken);
            searched -= before - _start;
        }
    }

    /// <summary>Reads more bytes, first moving what is unread to the front of the buffer (and growing it when full).</summary>
    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken);
        if (read == 0)
        {
            Closed = true;
            throw new LoadFailure("the server closed the connection in the middle of an answer");
        }

        _end += read;
    }
}
