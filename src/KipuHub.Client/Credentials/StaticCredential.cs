namespace KipuHub.Client.Credentials;

public sealed class StaticCredential(string? token, string source = "parameter") : ICredentialProvider
{
    public HubCredential GetCredential() =>
        string.IsNullOrWhiteSpace(token)
            ? throw new CredentialUnavailableException($"No token was given ({source}).", new[] { source })
            : new HubCredential(token!, source);
}
