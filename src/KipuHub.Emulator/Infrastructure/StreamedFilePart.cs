using KipuHub.Emulator.Persistence;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// The file part of a multipart/form-data request, copied into a blob as it arrives: never whole in memory, so that a
/// file of any size passes at flat memory. 415 for another content type, 400 for a malformed body or without the part,
/// 413 over the limit: before the body is sent when its length says so (a client that waits for 100-continue sends
/// nothing), else as soon as the part grows past it.
/// </summary>
public static class StreamedFilePart
{
    public sealed record Part(string FileName, string ContentType, string BlobId, long Length);

    // What the body may carry beside the file: part headers, boundaries, small fields.
    const long FormOverhead = 64 * 1024;

    // A body a little over the limit is read to its end, so the client reads the 413 rather than a reset connection.
    const long DrainedAtMost = 64L * 1024 * 1024;

    public static async Task<(Part? Part, IResult? Error)> ReadAsync(HttpContext c, string name, long maxBytes, BlobFolder blobs,
        string tooLarge)
    {
        if (!MediaTypeHeaderValue.TryParse(c.Request.ContentType, out var type) ||
            !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return (null, ApiError.Of(c, 415, $"Send the file as multipart/form-data, part '{name}'."));
        if (HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
            return (null, ApiError.BadRequest(c, "The multipart body has no boundary."));
        if (c.Request.ContentLength > maxBytes + FormOverhead) return (null, ApiError.Of(c, 413, tooLarge));
        // This part is counted as it is copied; the server-wide limit is for bodies held in memory.
        if (c.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = null;
        var reader = new MultipartReader(boundary, c.Request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(c.RequestAborted) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) ||
                    HeaderUtilities.RemoveQuotes(disposition.Name).Value != name) continue;
                var blob = await blobs.WriteAsync(section.Body, maxBytes, c.RequestAborted);
                if (blob is not { } stored)
                {
                    await DrainAsync(c.Request.Body, c.RequestAborted);
                    return (null, ApiError.Of(c, 413, tooLarge));
                }
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar :
                    disposition.FileName).Value;
                return (new Part(string.IsNullOrEmpty(fileName) ? name : fileName, section.ContentType ?? "application/octet-stream",
                    stored.Id, stored.Length), null);
            }
        }
        catch (InvalidDataException e)
        {
            return (null, ApiError.BadRequest(c, "The multipart body is malformed: " + e.Message));
        }
        catch (IOException e) when (!c.RequestAborted.IsCancellationRequested)
        {
            return (null, ApiError.BadRequest(c, "The multipart body ended before its closing boundary: " + e.Message));
        }
        return (null, ApiError.BadRequest(c, $"The part '{name}' is missing."));
    }

    static async Task DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long drained = 0;
        int read;
        while (drained < DrainedAtMost && (read = await body.ReadAsync(buffer, cancellationToken)) > 0) drained += read;
    }
}
