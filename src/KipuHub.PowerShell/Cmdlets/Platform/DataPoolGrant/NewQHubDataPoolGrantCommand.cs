using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Lets a service read a data pool while it runs, until -ExpiresAt when given; a second grant for it is
/// DataPoolGrantConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubDataPoolGrant", HelpUri = HelpUris.Base + "New-QHubDataPoolGrant.md", SupportsShouldProcess = true)]
[OutputType(typeof(DataPoolGrant))]
public sealed class NewQHubDataPoolGrantCommand : PlatformCmdletBase
{
    /// <summary>The data pool; a data pool from the pipeline binds by its Id.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string? DataPoolId { get; set; }

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string? ServiceId { get; set; }

    [Parameter] public DateTimeOffset? ExpiresAt { get; set; }

    protected override string ErrorNoun => "DataPoolGrant";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"data pool {DataPoolId}", $"Let service {ServiceId} read it")) return;
        ForTarget(DataPoolId, async token => await Platform.DataPoolGrants.CreateGrantAsync(DataPoolId!, ServiceId!, ExpiresAt, token),
            creates: true, refersTo: new[] { "DataPool", "Service" });
    }
}
