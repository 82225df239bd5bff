namespace KipuHub.Client.Credentials;

public sealed class ConfigFileCredential(CredentialEnvironment? environment = null) : ICredentialProvider
{
    readonly CredentialEnvironment env = environment ?? CredentialEnvironment.Current;

    public HubCredential GetCredential()
    {
        var config = QhubctlConfig.Find(env);
        var searched = QhubctlConfig.CandidatePaths(env).Select(p => "config file " + p).ToList();
        if (config is null)
            throw new CredentialUnavailableException("No qhubctl config file found: log in with qhubctl or set KQH_CONFIG_FILE_PATH.",
                searched);
        if (config.Token is null)
            throw new CredentialUnavailableException($"The qhubctl config file '{config.Path}' has no token at auth.value.", searched);
        return new HubCredential(config.Token, "config file " + config.Path);
    }
}
