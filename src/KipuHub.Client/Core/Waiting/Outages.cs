using KipuHub.Client.Core.Errors;

namespace KipuHub.Client.Core.Waiting;

/// <summary>
/// What a wait rides out: the Hub unreachable, slow, or failing for a while (after the transport's own retries). A wait
/// of minutes must not be lost to a blip; it polls on until its own timeout. A wrong token, a missing job or a
/// malformed answer do not pass by themselves and end the wait.
/// </summary>
public static class Outages
{
    public static bool ArePassing(Exception error) => error switch
    {
        HubTransportException { IsMalformedResponse: true } => false,
        HubTransportException or HubTimeoutException => true,
        HubApiException { StatusCode: 429 or >= 500 } => true,
        _ => false,
    };

    /// <summary>The one warning of an outage a wait rides out.</summary>
    public static string Warning(Exception error) =>
        $"The Hub did not answer as it should ({error.Message}); still waiting, polling on until the wait's timeout.";
}
