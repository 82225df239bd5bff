using System.Management.Automation;
using System.Security;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Changes git integrations: a new -Token replaces the stored one.</summary>
[Cmdlet(VerbsCommon.Set, "QHubGitIntegration", HelpUri = HelpUris.Base + "Set-QHubGitIntegration.md", SupportsShouldProcess = true)]
[OutputType(typeof(GitIntegration))]
public sealed class SetQHubGitIntegrationCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter] public Uri? Url { get; set; }
    [Parameter] public string? Username { get; set; }
    [Parameter] public SecureString? Token { get; set; }

    protected override string ErrorNoun => "GitIntegration";

    protected override void ProcessRecord()
    {
        var request = new GitIntegrationRequest
        {
            Name = Name,
            Url = Url?.ToString(),
            Username = Username,
            Token = Token is null ? null :
            SecureText.Plain(Token)
        };
        ForEachId(Id, id => ShouldProcess($"{ErrorNoun} {id}", "Change"), async (id, token) =>
            await Platform.GitIntegrations.UpdateAsync(id, request, token));
    }
}
