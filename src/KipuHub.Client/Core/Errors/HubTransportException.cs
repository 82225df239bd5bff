namespace KipuHub.Client.Core.Errors;

/// <summary>The request failed below HTTP: connection refused or reset, DNS, TLS, a truncated or malformed response.</summary>
public sealed class HubTransportException : HubException
{
    public HubTransportException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>False only when the request certainly never reached the server.</summary>
    public bool RequestMayHaveBeenProcessed { get; init; } = true;

    /// <summary>The Hub answered, but not with the JSON it documents.</summary>
    public bool IsMalformedResponse { get; init; }
}
