namespace KipuHub.Client.Core.Errors;

/// <summary>The base of every error the KipuHub client raises.</summary>
public class HubException : Exception
{
    string? told;

    public HubException(string message, Exception? innerException = null) : base(message, innerException) { }

    /// <summary>The message as the host tells it once it has (what was addressed, what to do), else the client's own: what a
    /// script logs with $_.Exception.Message must say what the console says.</summary>
    public override string Message => told ?? base.Message;

    /// <summary>The client's own account of the failure (method, URL, status, the Hub's words).</summary>
    public string WireMessage => base.Message;

    /// <summary>Sets the message a host (a cmdlet's error record) tells of this failure; <see cref="WireMessage"/> keeps the
    /// client's.</summary>
    public void Tell(string message) => told = message;

    /// <summary>HTTP method of the failed request, when there was one.</summary>
    public string? Method { get; internal set; }

    /// <summary>URL of the failed request (never carries a token: tokens travel in headers only).</summary>
    public string? Url { get; internal set; }
}
