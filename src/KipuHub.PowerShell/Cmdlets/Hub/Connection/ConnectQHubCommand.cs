using System.Management.Automation;
using System.Security;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>Connects this session to the Kipu Quantum Hub (or the emulator) and validates the token.</summary>
[Cmdlet(VerbsCommunications.Connect, "QHub", DefaultParameterSetName = DefaultSet, HelpUri = HelpUris.Base + "Connect-QHub.md")]
[OutputType(typeof(QHubConnection))]
public sealed class ConnectQHubCommand : HubCmdletBase
{
    const string DefaultSet = "Default", TokenSet = "Token", CredentialSet = "Credential", VaultSet = "Vault";

    [Parameter(Mandatory = true, ParameterSetName = TokenSet, Position = 0)]
    public SecureString? Token { get; set; }

    /// <summary>The password is the token; the user name is ignored (Automation credential assets).</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>A SecretManagement vault that holds the token (SecretStore, Azure Key Vault, ...), with -SecretName.</summary>
    [Parameter(Mandatory = true, ParameterSetName = VaultSet)]
    [ValidateNotNullOrEmpty]
    public string? Vault { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = VaultSet)]
    [ValidateNotNullOrEmpty]
    public string? SecretName { get; set; }

    [Parameter]
    [Alias("OrgId")]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? OrganizationId { get; set; }

    /// <summary>Root of an emulator or on-premises Hub; the four API URLs derive from it.</summary>
    [Parameter]
    public Uri? Endpoint { get; set; }

    [Parameter] public Uri? QuantumEndpoint { get; set; }
    [Parameter] public Uri? PlatformEndpoint { get; set; }
    [Parameter] public Uri? UserEndpoint { get; set; }
    [Parameter] public Uri? ServiceEndpoint { get; set; }

    /// <summary>Process: this runspace and, unless another runspace made it, the process's default; Runspace: this runspace
    /// only; CurrentUser: Process, and saved for later sessions; None: no default changes, the connection is written to
    /// pass as -Connection (a second user beside the current one).</summary>
    [Parameter]
    [ValidateSet("Process", "Runspace", "CurrentUser", "None")]
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

    /// <summary>Also replaces the process's default connection when another runspace made it (a child runspace otherwise
    /// changes only its own).</summary>
    [Parameter] public SwitchParameter Force { get; set; }
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        var settings = new ConnectionSettings
        {
            QuantumEndpoint = QuantumEndpoint,
            PlatformEndpoint = PlatformEndpoint,
            UserEndpoint = UserEndpoint,
            ServiceEndpoint = ServiceEndpoint,
            Timeout = TimeSpan.FromSeconds(TimeoutSec),
            MaxRetries = MaxRetries,
            TagCreateRequests = !NoRequestTag,
        };
        QHubConnection connected;
        Client.Credentials.HubCredential? credential = null;
        try
        {
            if (ConnectionFactory.ResolveEndpoint(settings, Endpoint) is { } endpointSource)
                WriteVerbose($"Endpoint {settings.Endpoint} from {endpointSource}.");
            ConnectionFactory.ResolveOrganization(settings, OrganizationId);
            credential = ParameterSetName switch
            {
                TokenSet => ConnectionFactory.ResolveCredential(SecureText.Plain(Token!), "parameter -Token"),
                CredentialSet => ConnectionFactory.ResolveCredential(Credential!.GetNetworkCredential().Password, "parameter -Credential"),
                VaultSet => ConnectionFactory.ResolveCredential(VaultSecret.Text(VaultSecret.Read(Vault!, SecretName!), Vault!,
                    SecretName!), $"secret '{SecretName}' of vault '{Vault}'"),
                _ => ConnectionFactory.ResolveCredential(null, ""),
            };
            WriteVerbose($"Token from {credential.Source}; organization: {settings.OrganizationId ?? "none (personal context)"}.");
            connected = Run(token => ConnectionFactory.ConnectAsync(settings, credential, !SkipValidation, token));
        }
        catch (Client.Core.Errors.UnauthorizedException e) when (credential is not null)
        {
            ThrowTerminatingError(new ErrorRecord(e, "Unauthorized", ErrorCategory.AuthenticationError, credential.Source)
            {
                ErrorDetails = new ErrorDetails(TokenRefused(credential.Source)),
            });
            return;
        }
        catch (Exception e) when (e is not PipelineStoppedException)
        {
            Fail(e, new ErrorContext("Connection"), Endpoint is null ? null : Client.Core.TransportSecurity.Shown(Endpoint));
            return;
        }
        connected.Scope = Scope;
        if (ParameterSetName == VaultSet) connected.SecretReference = (Vault!, SecretName!);
        if (Scope == "None")
        {
            WriteObject(connected);
            return;
        }
        if (!Current<QHubConnection>.Connect(connected, Scope, Force))
            WriteVerbose("This runspace uses the new connection; other runspaces keep the process's default, which another runspace " +
                "made (-Force replaces it).");
        if (Scope == "CurrentUser") Save(connected);
        if (PassThru) WriteObject(connected);
    }

    // Which token was refused matters most when it was not the one the user meant: a service execution variable is read
    // before a personal access token, and a stale one silently wins.
    static string TokenRefused(string source)
    {
        var refused = $"The Hub refused the token from {source} (401 Unauthorized): it is wrong or has expired.";
        var variable = source.Split(' ').Last();
        return source.IndexOf("SERVICE_EXECUTION_TOKEN", StringComparison.Ordinal) >= 0
            ? refused + $" {variable} is read before " +
                (variable == "KQH_SERVICE_EXECUTION_TOKEN" ? "KQH_PERSONAL_ACCESS_TOKEN and " : "") +
                "the config file: if it is left over from a service execution, remove it (Remove-Item Env:" + variable + ") or pass -Token."
            : refused + " Pass a valid one with -Token, or set KQH_PERSONAL_ACCESS_TOKEN.";
    }

    // The connection is made either way; only its saving for later sessions failed.
    void Save(QHubConnection connection)
    {
        var file = SavedConnectionFile.ForCurrentUser();
        try
        {
            file.Save(connection);
            WriteVerbose($"Connection saved to {file.Path} for later sessions.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            connection.Scope = "Process";
            var where = file.Path is null ? "" : $" to '{file.Path}'";
            WriteError(new ErrorRecord(
                new IOException($"Connected for this session, but the connection could not be saved{where} for later sessions: " +
                    $"{e.Message} Check that the folder is writable, or connect with -Scope Process.", e),
                "ConnectionNotSaved", ErrorCategory.WriteError, file.Path));
        }
    }
}
