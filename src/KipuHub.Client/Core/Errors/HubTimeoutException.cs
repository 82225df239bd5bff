namespace KipuHub.Client.Core.Errors;

/// <summary>No response arrived within the configured timeout.</summary>
public sealed class HubTimeoutException : HubException
{
    public HubTimeoutException(string message, TimeSpan timeout, Exception? inner = null) : base(message, inner)
    {
        Timeout = timeout;
    }

    public TimeSpan Timeout { get; }

    /// <summary>True when the request was sent: the Hub may have processed it (a create may have created).</summary>
    public bool RequestMayHaveBeenProcessed { get; init; }
}
