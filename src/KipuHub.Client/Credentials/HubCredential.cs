namespace KipuHub.Client.Credentials;

/// <summary>A resolved token and where it came from. ToString never shows the token.</summary>
public sealed class HubCredential
{
    public HubCredential(string token, string source)
    {
        Token = CredentialText.Normalize(token, "token", source);
        Source = source;
    }

    public string Token { get; }

    /// <summary>E.g. "parameter", "environment variable KQH_PERSONAL_ACCESS_TOKEN", "config file
    /// /home/u/.config/qhubctl/config.json".</summary>
    public string Source { get; }

    public override string ToString() => $"token from {Source}";
}

/// <summary>One place a token may come from, as in the SDK's credential helpers.</summary>
public interface ICredentialProvider
{
    /// <exception cref="CredentialUnavailableException">No token here.</exception>
    HubCredential GetCredential();
}
