using KipuHub.Client.Core.Errors;

namespace KipuHub.Client.Core.Http;

/// <summary>
/// The body of a streamed response: a connection that breaks off mid-download surfaces as a
/// HubTransportException naming the request, not as a bare IOException that reads like a disk problem.
/// </summary>
internal sealed class DownloadStream(Stream inner, HttpResponseMessage? message, string method, string url) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return inner.Read(buffer, offset, count);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw Broken(e);
        }
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw Broken(e);
        }
    }

    HubTransportException Broken(Exception e) =>
        new($"{method} {url}: the download broke off ({e.GetBaseException().Message}). Try again.", e) { Method = method, Url = url };

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
