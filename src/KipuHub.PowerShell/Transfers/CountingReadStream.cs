namespace KipuHub.PowerShell.Transfers;

/// <summary>A stream read through as it is, telling how far it has been read after each read (an upload's progress; a
/// rewind for a resend counts again from where it went back to).</summary>
public sealed class CountingReadStream(Stream inner, Action<long> readUpTo) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    long position;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Counted(await inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));

    public override long Seek(long offset, SeekOrigin origin) => position = inner.Seek(offset, origin);

    public override void Flush() { }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    int Counted(int read)
    {
        readUpTo(position += read);
        return read;
    }
}
