using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets applications by id, or lists those of the context.</summary>
[Cmdlet(VerbsCommon.Get, "QHubApplication", HelpUri = HelpUris.Base + "Get-QHubApplication.md")]
[OutputType(typeof(Application))]
public sealed class GetQHubApplicationCommand : PlatformCmdletBase
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationIdCompleter))]
    public string[]? Id { get; set; }

    protected override string ErrorNoun => "Application";


    protected override void ProcessRecord()
    {
        if (Id is { } ids) ForEachId(ids, async (id, token) => await Platform.Applications.GetApplicationAsync(id, token));
        else ForTarget(Context, async token => await Platform.Applications.GetApplicationsAsync(token));
    }
}
