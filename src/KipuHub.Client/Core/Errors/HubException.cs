namespace KipuHub.Client.Core.Errors;

/// <summary>The base of every error the KipuHub client raises.</summary>
public class HubException : Exception
{
    public HubException(string message, Exception? innerException = null) : base(message, innerException) { }

    /// <summary>HTTP method of the failed request, when there was one.</summary>
    public string? Method { get; internal set; }

    /// <summary>URL of the failed request (never carries a token: tokens travel in headers only).</summary>
    public string? Url { get; internal set; }
}
