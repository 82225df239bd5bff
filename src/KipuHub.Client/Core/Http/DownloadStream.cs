using KipuHub.Client.Core.Errors;

namespace KipuHub.Client.Core.Http;

/// <summary>
/// The body of a streamed response: a connection that breaks off mid-download surfaces as a
/// HubTransportException naming the request, not as a bare IOException that reads like a disk problem; one that
/// stalls, yielding no byte for the client's timeout, as a HubTimeoutException rather than a wait without end.
/// </summary>
internal sealed class DownloadStream(Stream inner, HttpResponseMessage? message, string method, string url, TimeSpan idleTimeout) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(idleTimeout);
        try
        {
            return await inner.ReadAsync(buffer, offset, count, idle.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw idle.IsCancellationRequested ? Stalled(e) : Broken(e);
        }
    }

    HubTransportException Broken(Exception e) =>
        new($"{method} {url}: the download broke off ({e.GetBaseException().Message}). Try again.", e) { Method = method, Url = url };

    HubTimeoutException Stalled(Exception e) =>
        new($"{method} {url}: the download stalled, no data for {idleTimeout.TotalSeconds:0.#} s. Try again.", idleTimeout, e)
        { Method = method, Url = url, RequestMayHaveBeenProcessed = true };

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            message?.Dispose();
        }
        base.Dispose(disposing);
    }
}
