namespace KipuHub.Client.Credentials;

/// <summary>Token variables in the order of the reference: service execution token first, legacy names last.</summary>
public sealed class EnvironmentCredential(CredentialEnvironment? environment = null) : ICredentialProvider
{
    public static IReadOnlyList<string> Variables { get; } = new[]
    {
        "KQH_SERVICE_EXECUTION_TOKEN",
        "KQH_PERSONAL_ACCESS_TOKEN",
        "PLANQK_SERVICE_EXECUTION_TOKEN",
        "SERVICE_EXECUTION_TOKEN",
        "PLANQK_PERSONAL_ACCESS_TOKEN",
    };

    readonly CredentialEnvironment env = environment ?? CredentialEnvironment.Current;

    public HubCredential GetCredential()
    {
        foreach (var name in Variables)
        {
            var value = env.Variable(name);
            if (value is not null) return new HubCredential(value, "environment variable " + name);
        }
        var searched = Variables.Select(v => "environment variable " + v).ToList();
        throw new CredentialUnavailableException("No token in the environment: set KQH_PERSONAL_ACCESS_TOKEN (or " +
            "KQH_SERVICE_EXECUTION_TOKEN).", searched);
    }
}
