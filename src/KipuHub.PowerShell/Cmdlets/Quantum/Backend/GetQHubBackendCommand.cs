using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Lists backends (by provider), gets backends by id, or the least busy backend of a provider.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBackend", HelpUri = HelpUris.Base + "Get-QHubBackend.md", DefaultParameterSetName = ListSet)]
[OutputType(typeof(Backend))]
public sealed class GetQHubBackendCommand : QuantumCmdletBase
{
    const string ListSet = "List", IdSet = "Id", LeastBusySet = "LeastBusy";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("BackendId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(BackendIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)]
    [Parameter(Mandatory = true, ParameterSetName = LeastBusySet)]
    [ArgumentCompleter(typeof(ProviderCompleter))]
    public string? Provider { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter OnlyPlanqkSdk { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = LeastBusySet)]
    public SwitchParameter LeastBusy { get; set; }

    [Parameter(ParameterSetName = LeastBusySet)]
    [ValidateRange(1, int.MaxValue)]
    public int? MinQubits { get; set; }

    protected override string ErrorNoun => "Backend";

    protected override void ProcessRecord()
    {
        var backends = Quantum.Backends;
        switch (ParameterSetName)
        {
            case IdSet:
                ForEachId(Id, async (id, token) => await backends.GetBackendAsync(id, token));
                break;
            case LeastBusySet:
                ForTarget(Provider, async token => await backends.GetLeastBusyBackendAsync(Provider!, MinQubits, token));
                break;
            default:
                ForTarget(Provider, async token => await backends.GetBackendsAsync(Provider, OnlyPlanqkSdk ? true : null, token));
                break;
        }
    }
}
