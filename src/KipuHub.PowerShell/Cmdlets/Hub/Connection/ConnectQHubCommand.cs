using System.Management.Automation;
using System.Security;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>Connects this session to the Kipu Quantum Hub (or the emulator) and validates the token.</summary>
[Cmdlet(VerbsCommunications.Connect, "QHub", DefaultParameterSetName = DefaultSet)]
[OutputType(typeof(QHubConnection))]
public sealed class ConnectQHubCommand : HubCmdletBase
{
    const string DefaultSet = "Default", TokenSet = "Token", CredentialSet = "Credential";

    [Parameter(Mandatory = true, ParameterSetName = TokenSet, Position = 0)]
    public SecureString? Token { get; set; }

    /// <summary>The password is the token; the user name is ignored (Automation credential assets).</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    public PSCredential? Credential { get; set; }

    [Parameter]
    [Alias("OrgId")]
    public string? OrganizationId { get; set; }

    /// <summary>Root of an emulator or on-premises Hub; the four API URLs derive from it.</summary>
    [Parameter]
    public Uri? Endpoint { get; set; }

    [Parameter] public Uri? QuantumEndpoint { get; set; }
    [Parameter] public Uri? PlatformEndpoint { get; set; }
    [Parameter] public Uri? UserEndpoint { get; set; }
    [Parameter] public Uri? ServiceEndpoint { get; set; }

    [Parameter]
    [ValidateSet("Process", "CurrentUser")]
    public string Scope { get; set; } = "Process";

    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; } = 60;

    [Parameter]
    [ValidateRange(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Job and session creates carry no kqh-request tag, so a create whose answer is lost cannot be found again.</summary>
    [Parameter] public SwitchParameter NoRequestTag { get; set; }

    [Parameter] public SwitchParameter SkipValidation { get; set; }
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        var settings = new ConnectionSettings
        {
            Endpoint = Endpoint,
            QuantumEndpoint = QuantumEndpoint,
            PlatformEndpoint = PlatformEndpoint,
            UserEndpoint = UserEndpoint,
            ServiceEndpoint = ServiceEndpoint,
            Timeout = TimeSpan.FromSeconds(TimeoutSec),
            MaxRetries = MaxRetries,
            TagCreateRequests = !NoRequestTag,
        };
        QHubConnection connected;
        try
        {
            ConnectionFactory.ResolveOrganization(settings, OrganizationId);
            var credential = ParameterSetName switch
            {
                TokenSet => ConnectionFactory.ResolveCredential(SecureText.Plain(Token!), "parameter -Token"),
                CredentialSet => ConnectionFactory.ResolveCredential(Credential!.GetNetworkCredential().Password, "parameter -Credential"),
                _ => ConnectionFactory.ResolveCredential(null, ""),
            };
            WriteVerbose($"Token from {credential.Source}; organization: {settings.OrganizationId ?? "none (personal context)"}.");
            connected = Run(token => ConnectionFactory.ConnectAsync(settings, credential, !SkipValidation, token));
        }
        catch (Exception e) when (e is not PipelineStoppedException)
        {
            Fail(e, new ErrorContext("Connection"), Endpoint?.ToString());
            return;
        }
        connected.Scope = Scope;
        CurrentConnection.Set(connected);
        if (Scope == "CurrentUser") Save(connected);
        if (PassThru) WriteObject(connected);
    }

    // The connection is made either way; only its saving for later sessions failed.
    void Save(QHubConnection connection)
    {
        var file = new SavedConnectionFile(SavedConnectionFile.DefaultPath());
        try
        {
            file.Save(connection);
            WriteVerbose($"Connection saved to {file.Path} for later sessions.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            connection.Scope = "Process";
            WriteError(new ErrorRecord(
                new IOException($"Connected for this session, but the connection could not be saved to '{file.Path}' for later sessions: " +
                    $"{e.Message} Check that the folder is writable, or connect with -Scope Process.", e),
                "ConnectionNotSaved", ErrorCategory.WriteError, file.Path));
        }
    }
}
