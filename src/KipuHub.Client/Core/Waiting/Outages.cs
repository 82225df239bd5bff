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
    /// <param name="timeout">The wait's own timeout; null: the wait has none, and goes on until the Hub answers or Ctrl+C.</param>
    public static string Warning(Exception error, TimeSpan? timeout) =>
        $"The Hub did not answer as it should ({error.Message.TrimEnd().TrimEnd('.')}); still waiting, polling on " + (timeout is { } t
            ? $"until the wait's timeout ({t.TotalSeconds:0.#} s)."
            : "until it answers: the wait has no -Timeout, so only Ctrl+C ends it sooner.");
}
