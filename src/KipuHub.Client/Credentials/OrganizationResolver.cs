namespace KipuHub.Client.Credentials;

/// <summary>The default organization: KQH_ORGANIZATION_ID, PLANQK_ORGANIZATION_ID, then the qhubctl config file's context.</summary>
public static class OrganizationResolver
{
    /// <returns>The id and where it came from, or null for the personal context.</returns>
    public static (string Id, string Source)? Resolve(CredentialEnvironment? environment = null)
    {
        var env = environment ?? CredentialEnvironment.Current;
        foreach (var name in new[] { "KQH_ORGANIZATION_ID", "PLANQK_ORGANIZATION_ID" })
        {
            var value = env.Variable(name);
            if (value is not null) return (value, "environment variable " + name);
        }
        var config = QhubctlConfig.Find(env);
        return config?.OrganizationId is { } id ? (id, "config file " + config.Path) : null;
    }
}
