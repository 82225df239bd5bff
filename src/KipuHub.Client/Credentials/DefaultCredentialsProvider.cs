namespace KipuHub.Client.Credentials;

/// <summary>The given token, then the environment, then the qhubctl config file.</summary>
public sealed class DefaultCredentialsProvider(string? accessToken = null, CredentialEnvironment? environment = null) : ICredentialProvider
{
    public HubCredential GetCredential()
    {
        var searched = new List<string>();
        var providers = new ICredentialProvider[]
        {
            new StaticCredential(accessToken),
            new EnvironmentCredential(environment),
            new ConfigFileCredential(environment),
        };
        foreach (var provider in providers)
        {
            try
            {
                return provider.GetCredential();
            }
            catch (CredentialUnavailableException e) when (e.InnerException is null)
            {
                searched.AddRange(e.Searched);
            }
        }
        throw new CredentialUnavailableException(
            "No Kipu Quantum Hub token found. Pass one (Connect-QHub -Token), set KQH_PERSONAL_ACCESS_TOKEN, or log in with qhubctl. " +
                "Looked in: "
            + string.Join("; ", searched) + ".",
            searched);
    }
}
