using KipuHub.Client.Core;

namespace KipuHub.PowerShell.Connection;

/// <summary>Where a connection points and how it behaves: everything but the token.</summary>
public sealed class ConnectionSettings
{
    public Uri? Endpoint { get; set; }
    public Uri? QuantumEndpoint { get; set; }
    public Uri? PlatformEndpoint { get; set; }
    public Uri? UserEndpoint { get; set; }
    public Uri? ServiceEndpoint { get; set; }
    public string? OrganizationId { get; set; }
    public string? OrganizationSource { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
    public int MaxRetries { get; set; } = 2;

    /// <summary>Job and session creates carry a kqh-request tag to be found again when their answer is lost.</summary>
    public bool TagCreateRequests { get; set; } = true;

    /// <summary>The four API URLs: the root's layout (or the real Hub's), each overridable.</summary>
    public HubEnvironment Environment()
    {
        var baseline = Endpoint is null ? HubEnvironment.Default : HubEnvironment.FromRoot(Endpoint);
        return new HubEnvironment(
            QuantumEndpoint ?? baseline.Quantum,
            PlatformEndpoint ?? baseline.Platform,
            UserEndpoint ?? baseline.User,
            ServiceEndpoint ?? baseline.Service);
    }

    public ConnectionSettings Clone() => (ConnectionSettings)MemberwiseClone();
}
