namespace KipuHub.Client.Core.Http;

/// <summary>A successful, fully read response.</summary>
public sealed class HubResponse
{
    readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> headers;

    public HubResponse(int statusCode, Func<IReadOnlyDictionary<string, IReadOnlyList<string>>> headers, byte[] body, string? contentType)
    {
        StatusCode = statusCode;
        // Collected only when asked for: most callers never look at the headers of a success.
        this.headers = new Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>>(headers);
        Body = body;
        ContentType = contentType;
    }

    public int StatusCode { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => headers.Value;
    public byte[] Body { get; }
    public string? ContentType { get; }

    public bool HasBody => Body.Length > 0 && StatusCode != 204;

    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}

/// <summary>A successful response whose body is handed over unread. Dispose it to release the connection.</summary>
public sealed class HubStreamResponse : IDisposable
{
    public HubStreamResponse(Stream content, long? length, string? contentType, IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        Content = content;
        Length = length;
        ContentType = contentType;
        Headers = headers;
    }

    public Stream Content { get; }
    public long? Length { get; }
    public string? ContentType { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    public void Dispose() => Content.Dispose();
}
