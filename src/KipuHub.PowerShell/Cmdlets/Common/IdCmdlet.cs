using System.Management.Automation;

namespace KipuHub.PowerShell.Cmdlets.Common;

/// <summary>
/// A cmdlet that does one thing per id: ids come from -Id or from the pipeline (any object with an Id or an
/// alias such as JobId). Each id is its own target: a failure names it and the others go on.
/// </summary>
public abstract class IdCmdlet : QHubCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, Confirm, ForIdAsync);

    /// <summary>ShouldProcess for cmdlets that change something; true for the others.</summary>
    protected virtual bool Confirm(string id) => true;

    protected abstract Task<object?> ForIdAsync(string id, CancellationToken cancellationToken);
}

/// <summary>An id cmdlet that also addresses the jobs and sessions of a managed-service execution.</summary>
public abstract class ServiceExecutionIdCmdlet : IdCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? ServiceExecutionId { get; set; }
}
