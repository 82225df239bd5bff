namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// A body must be what the operation documents before any handler runs, read or not: an operation that ignores its
/// body (regenerating the default token) must not act on one that is malformed or of another type, as a Spring Hub
/// refuses it while binding. A JSON body is buffered, checked by StrictJson and rewound for the handler; a body of
/// another media type sent to an operation that takes JSON is a 415. The checked bytes go to the handler's
/// <see cref="JsonBody.ReadObjectAsync"/>, which then neither reads nor checks them again.
/// </summary>
public sealed class JsonBodyGuard(RequestDelegate next, EmulatorOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var hasBody = request.ContentLength > 0 || request.ContentLength is null && request.Headers.TransferEncoding.Any();
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || !hasBody ||
            request.ContentLength > options.MaxRequestBodyBytes)
        {
            await next(context);
            return;
        }
        var documented = context.GetEndpoint()?.Metadata.GetMetadata<DocumentedBody>()?.ContentType;
        if (!JsonBody.IsJson(request.ContentType))
        {
            if (documented is not null && JsonBody.IsJson(documented))
            {
                await ApiError.WriteAsync(context, 415, $"Content-Type must be application/json, got '{request.ContentType}'.");
                return;
            }
            await next(context);
            return;
        }
        request.EnableBuffering();
        var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy);
        request.Body.Position = 0;
        if (copy.Length <= options.MaxRequestBodyBytes &&
            StrictJson.Problem(copy.GetBuffer().AsSpan(0, (int)copy.Length)) is { } problem)
        {
            await ApiError.WriteAsync(context, 400, "The request body is not valid JSON: " + problem);
            return;
        }
        if (copy.Length <= options.MaxRequestBodyBytes) JsonBody.Checked(context,
            new ArraySegment<byte>(copy.GetBuffer(), 0, (int)copy.Length));
        await next(context);
    }
}
