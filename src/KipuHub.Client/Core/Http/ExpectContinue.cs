using RestSharp.Interceptors;

namespace KipuHub.Client.Core.Http;

/// <summary>
/// Asks the Hub before a large body goes out (Expect: 100-continue): a body it refuses (413, 401) is refused before it
/// is sent, so the answer is read instead of a connection cut mid-upload, whose outcome would be unknown.
/// </summary>
internal sealed class ExpectContinue : Interceptor
{
    /// <summary>Bodies above this size ask first; smaller ones would spend a round trip for nothing.</summary>
    public const int Threshold = 256 * 1024;

    public static bool IsWorthIt(HubRequest request) => request.File is not null || (request.Body?.Length ?? 0) > Threshold;

    public override ValueTask BeforeHttpRequest(HttpRequestMessage requestMessage, CancellationToken cancellationToken)
    {
        requestMessage.Headers.ExpectContinue = true;
        return default;
    }
}
