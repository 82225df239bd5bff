using System.Collections;
using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Opens a session on a backend, grouping jobs to save provider start-up time.</summary>
[Cmdlet(VerbsCommon.New, "QHubSession", HelpUri = HelpUris.Base + "New-QHubSession.md", SupportsShouldProcess = true)]
[OutputType(typeof(Session))]
public sealed class NewQHubSessionCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(BackendIdCompleter))]
    public string? BackendId { get; set; }

    /// <summary>The backend's provider; looked up from the backend when not given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ProviderCompleter))]
    public string? Provider { get; set; }

    [Parameter]
    [ValidateSet("batch", "dedicated")]
    public string Mode { get; set; } = "batch";

    /// <summary>Maximum lifetime in seconds.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? Ttl { get; set; }

    [Parameter] public string[]? Tag { get; set; }
    [Parameter] public Hashtable? Metadata { get; set; }

    [Parameter]
    [ValidateSet("QISKIT", "BRAKET", "PERCEVAL", "CLIENT")]
    public string? SdkProvider { get; set; }

    /// <summary>No kqh-request tag on this session: if the answer is lost, it cannot be found again.</summary>
    [Parameter] public SwitchParameter NoRequestTag { get; set; }

    protected override string ErrorNoun => "Session";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"backend {BackendId}", $"Open a {Mode} session")) return;
        object? metadata;
        try
        {
            metadata = PowerShellValues.ToPlain(Metadata, "metadata");
        }
        catch (ArgumentException e)
        {
            Fail(e, new Errors.ErrorContext("Session", Creates: true), BackendId);
            return;
        }
        ForTarget(BackendId, async token =>
        {
            var provider = Provider ?? (await Quantum.Backends.GetBackendAsync(BackendId!, token)).Provider;
            return await Quantum.Sessions.CreateSessionAsync(new CreateSessionRequest
            {
                BackendId = BackendId!,
                Provider = provider is null ? null : new Provider(provider),
                Mode = new SessionMode(Mode),
                Ttl = Ttl,
                Tags = Tag?.ToList(),
                Metadata = metadata,
                SdkProvider = SdkProvider is null ? null : new JobSdkProvider(SdkProvider),
                TagRequest = NoRequestTag ? false : null,
            }, token);
        }, creates: true, refersTo: new[] { "Backend" });
    }
}
