using RestSharp.Interceptors;

namespace KipuHub.Client.Core.Http;

/// <summary>
/// Keeps the HttpResponseMessage of a streamed download: RestSharp's DownloadStreamAsync hands back only
/// the stream, and the status, headers and error body are needed to raise a typed error.
/// </summary>
internal sealed class ResponseCapture : Interceptor
{
    public HttpResponseMessage? Message { get; private set; }

    public override ValueTask AfterHttpRequest(HttpResponseMessage responseMessage, CancellationToken cancellationToken)
    {
        Message = responseMessage;
        return default;
    }
}
