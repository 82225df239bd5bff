namespace KipuHub.Emulator.Infrastructure;

/// <summary>One file part of a multipart/form-data request: 415 for another content type, 400 without the part, 413 over the
/// limit.</summary>
public static class MultipartUpload
{
    public sealed record Part(string FileName, string ContentType, byte[] Content);

    public static async Task<(Part? Part, IResult? Error)> ReadAsync(HttpContext c, string name, long maxBytes)
    {
        if (!c.Request.HasFormContentType) return (null, ApiError.Of(c, 415, $"Send the file as multipart/form-data, part '{name}'."));
        // Files are larger than JSON bodies: read a little past the limit, so that too large is a 413 the client can read.
        if (c.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = 4 * maxBytes;
        var form = await RequestForm.ReadAsync(c);
        if (form.Files.GetFile(name) is not { } upload) return (null, ApiError.BadRequest(c, $"The part '{name}' is missing."));
        if (upload.Length > maxBytes) return (null, ApiError.Of(c, 413, $"The part '{name}' may have {maxBytes} bytes at most."));
        using var copy = new MemoryStream();
        await upload.CopyToAsync(copy);
        return (new Part(upload.FileName, upload.ContentType ?? "application/octet-stream", copy.ToArray()), null);
    }
}
