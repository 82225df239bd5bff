using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Jobs and sessions in one listing, newest first, page by page.</summary>
[Cmdlet(VerbsCommon.Get, "QHubWorkload", HelpUri = HelpUris.Base + "Get-QHubWorkload.md", SupportsPaging = true)]
[OutputType(typeof(Workload))]
public sealed class GetQHubWorkloadCommand : QuantumCmdletBase
{
    /// <summary>Only the workloads of this managed-service execution.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    [Parameter][ArgumentCompleter(typeof(QuantumSortCompleter))] public string[] Sort { get; set; } = { "created_at,desc" };

    [Parameter]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter] public SwitchParameter All { get; set; }

    protected override void ProcessRecord()
    {
        WritePages(page => Quantum.Workloads.For(ServiceExecutionId).ListWorkloads(PageSize, Sort, page),
            PageSize, All, new ErrorContext("Workload"), ServiceExecutionId);
    }
}
