using System.Text;
using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Faults;

/// <summary>
/// Applies fault rules at the edge, before authentication: what a flaky network or a struggling Hub does.
/// "reset-before" and "status" stop the request unprocessed; the others let the Hub process it and then
/// spoil the response, which is how a client can lose the answer to a create that did happen ("status-after"
/// is a gateway's 502 or 504 in front of a Hub that did the work).
/// </summary>
public sealed class FaultMiddleware(RequestDelegate next, FaultRegistry faults)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var rule = path.StartsWith("/_emulator", StringComparison.Ordinal) ? null : faults.Take(context.Request.Method, path);
        switch (rule?.Kind)
        {
            case null:
                await next(context);
                return;
            case "latency":
                // A slow Hub goes on with a request its client gave up on: read the body first, then wait
                // without regard to the client, then process.
                context.Request.EnableBuffering();
                await context.Request.Body.CopyToAsync(Stream.Null);
                context.Request.Body.Position = 0;
                await Task.Delay(rule.LatencyMs!.Value);
                await next(context);
                return;
            case "status":
                if (rule.RetryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter =
                    seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ApiError.WriteAsync(context, rule.Status!.Value, $"Injected fault {rule.Id}.");
                return;
            case "reset-before":
                context.Abort();
                return;
        }

        var original = context.Response.Body;
        var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var body = buffer.ToArray();
        switch (rule.Kind)
        {
            case "status-after":
                // The Hub's answer was only buffered: it is replaced whole.
                context.Response.Clear();
                await ApiError.WriteAsync(context, rule.Status!.Value, $"Injected fault {rule.Id} after processing.");
                return;
            case "reset-after":
                context.Abort();
                return;
            case "truncate":
                context.Response.ContentLength = Math.Max(body.Length, 2);
                await original.WriteAsync(body.AsMemory(0, body.Length / 2));
                await original.FlushAsync();
                // A reset discards what the client has not read yet: give it time to read the first half, and
                // enough of it on a loaded two-core machine (200 ms was not: the client saw no answer at all).
                await Task.Delay(1000);
                context.Abort();
                return;
            case "stall":
                // Half the answer, then silence: a download that neither ends nor fails until the client gives up.
                context.Response.ContentLength = Math.Max(body.Length, 2);
                await original.WriteAsync(body.AsMemory(0, body.Length / 2));
                await original.FlushAsync();
                try { await Task.Delay(rule.LatencyMs!.Value, context.RequestAborted); }
                catch (OperationCanceledException) { }
                context.Abort();
                return;
            case "malformed-json":
                await ReplaceBodyAsync(context, original, "{\"broken\": [", "application/json");
                return;
            case "content-type":
                await ReplaceBodyAsync(context, original, "<html><body>Gateway error</body></html>", "text/html");
                return;
        }
    }

    static async Task ReplaceBodyAsync(HttpContext context, Stream original, string body, string contentType)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength = bytes.Length;
        context.Response.ContentType = contentType;
        await original.WriteAsync(bytes);
    }
}
