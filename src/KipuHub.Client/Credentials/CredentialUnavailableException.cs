using KipuHub.Client.Core.Errors;

namespace KipuHub.Client.Credentials;

/// <summary>No credential could be found; the message lists every place that was looked at.</summary>
public sealed class CredentialUnavailableException : HubException
{
    public CredentialUnavailableException(string message, IReadOnlyList<string> searched, Exception? inner = null)
        : base(message, inner)
    {
        Searched = searched;
    }

    public IReadOnlyList<string> Searched { get; }
}
