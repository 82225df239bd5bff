using System.Text;

namespace KipuHub.Emulator.Quantum;

/// <summary>
/// Writes a result, optionally with a "padding" field of any size that is generated while it is sent: a
/// gigabyte result costs the emulator a small buffer, so clients' streaming can be measured against it.
/// </summary>
public sealed class ResultBody(string json, long paddingBytes, string? downloadName) : IResult
{
    static readonly byte[] Zeros = Enumerable.Repeat((byte)'0', 64 * 1024).ToArray();

    public async Task ExecuteAsync(HttpContext context)
    {
        var head = Encoding.UTF8.GetBytes(paddingBytes > 0 ? json.Substring(0, json.Length - 1) + ",\"padding\":\"" : json);
        var tail = paddingBytes > 0 ? Encoding.UTF8.GetBytes("\"}") : Array.Empty<byte>();
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = head.Length + paddingBytes + tail.Length;
        if (downloadName is not null)
            context.Response.Headers.ContentDisposition = $"attachment; filename={downloadName}";
        var body = context.Response.Body;
        await body.WriteAsync(head, context.RequestAborted);
        for (var left = paddingBytes; left > 0; left -= Zeros.Length)
            await body.WriteAsync(Zeros.AsMemory(0, (int)Math.Min(Zeros.Length, left)), context.RequestAborted);
        await body.WriteAsync(tail, context.RequestAborted);
    }
}
