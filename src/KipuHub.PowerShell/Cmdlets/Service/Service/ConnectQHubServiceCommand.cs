using System.Management.Automation;
using System.Security;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>
/// Connects to one managed service through its gateway URL, with a bearer token, or with consumer key and secret
/// (tokens then come from the gateway's token endpoint and are refreshed before they expire). The last service
/// connected is the default of the service cmdlets in this runspace and, as with Connect-QHub, of the process's runspaces
/// that connected none (-Scope Runspace keeps it to this one); several may be open with -PassThru.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "QHubService",
    HelpUri = HelpUris.Base + "Connect-QHubService.md", DefaultParameterSetName = ConsumerKeySet)]
[OutputType(typeof(QHubServiceConnection))]
public sealed class ConnectQHubServiceCommand : HubCmdletBase
{
    const string TokenSet = "Token", ConsumerKeySet = "ConsumerKey", CredentialSet = "Credential", VaultSet = "Vault";

    /// <summary>The concrete gateway URL of one service version:
    /// https://gateway.hub.kipu-quantum.com/&lt;context&gt;/&lt;service&gt;/&lt;version&gt;.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("GatewayEndpoint")]
    [ArgumentCompleter(typeof(NoCompletion))]
    public Uri? Uri { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = TokenSet)]
    public SecureString? Token { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ConsumerKeySet)]
    [ValidateNotNullOrEmpty]
    public string? ConsumerKey { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ConsumerKeySet)]
    public SecureString? ConsumerSecret { get; set; }

    /// <summary>User name: the consumer key; password: the consumer secret (an Azure Automation credential asset).</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>A SecretManagement vault holding the consumer key and secret (a PSCredential, or a hashtable with ConsumerKey
    /// and ConsumerSecret), with -SecretName.</summary>
    [Parameter(Mandatory = true, ParameterSetName = VaultSet)]
    [ValidateNotNullOrEmpty]
    public string? Vault { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = VaultSet)]
    [ValidateNotNullOrEmpty]
    public string? SecretName { get; set; }

    /// <summary>The token URL; by default {gateway host}/token, derived from -Uri.</summary>
    [Parameter(ParameterSetName = ConsumerKeySet)]
    [Parameter(ParameterSetName = CredentialSet)]
    [Parameter(ParameterSetName = VaultSet)]
    public Uri? TokenEndpoint { get; set; }

    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; } = 60;

    [Parameter]
    [ValidateRange(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Process: this runspace and, unless another runspace made it, the process's default; Runspace: this runspace
    /// only; None: no default changes, the connection is written to pass as -ServiceConnection. Service connections are
    /// never saved for later sessions.</summary>
    [Parameter]
    [ValidateSet("Process", "Runspace", "None")]
    public string Scope { get; set; } = "Process";

    /// <summary>Also replaces the process's default service connection when another runspace made it.</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "ServiceConnection";

    protected override void EndProcessing()
    {
        QHubServiceConnection connected;
        try
        {
            var timeout = TimeSpan.FromSeconds(TimeoutSec);
            connected = ParameterSetName switch
            {
                TokenSet => QHubServiceConnection.WithToken(Uri!, SecureText.Plain(Token!), "parameter -Token", timeout, MaxRetries),
                CredentialSet => QHubServiceConnection.WithConsumerKey(Uri!, Credential!.UserName,
                    Credential.GetNetworkCredential().Password, TokenEndpoint, timeout, MaxRetries, "parameter -Credential"),
                VaultSet => FromVault(timeout),
                _ => QHubServiceConnection.WithConsumerKey(Uri!, ConsumerKey!, SecureText.Plain(ConsumerSecret!), TokenEndpoint, timeout,
                    MaxRetries, "parameters -ConsumerKey and -ConsumerSecret"),
            };
            Run(token => connected.ValidateAsync(token));
        }
        catch (Exception e) when (e is not PipelineStoppedException)
        {
            Fail(e, new ErrorContext("ServiceConnection"), Uri is null ? null : Client.Core.TransportSecurity.Shown(Uri));
            return;
        }
        if (Scope == "None")
        {
            WriteObject(connected);
            return;
        }
        if (!Current<QHubServiceConnection>.Connect(connected, Scope, Force))
            WriteVerbose("This runspace uses the new service connection; other runspaces keep the process's, which another runspace " +
                "made (-Force replaces it).");
        if (PassThru) WriteObject(connected);
    }

    QHubServiceConnection FromVault(TimeSpan timeout)
    {
        var (key, secret) = VaultSecret.KeyAndSecret(VaultSecret.Read(Vault!, SecretName!), Vault!, SecretName!);
        return QHubServiceConnection.WithConsumerKey(Uri!, key, secret, TokenEndpoint, timeout, MaxRetries,
            $"secret '{SecretName}' of vault '{Vault}'");
    }
}
