using System.Management.Automation;
using System.Security;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets git integrations by id, or lists those of the context page by page.</summary>
[Cmdlet(VerbsCommon.Get, "QHubGitIntegration", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(GitIntegration))]
public sealed class GetQHubGitIntegrationCommand : GetCatalogResourceCommand
{
    protected override string ErrorNoun => "GitIntegration";
    protected override ICatalogResources Resources => Platform.GitIntegrations;
}

/// <summary>Adds a git provider integration with its access token (a SecureString, never logged nor answered back).</summary>
[Cmdlet(VerbsCommon.New, "QHubGitIntegration", SupportsShouldProcess = true)]
[OutputType(typeof(GitIntegration))]
public sealed class NewQHubGitIntegrationCommand : NewCatalogResourceCommand
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Name { get; set; }

    [Parameter(Mandatory = true)]
    [ValidateSet("GITHUB", "GITLAB", "BITBUCKET")]
    public string? Provider { get; set; }

    [Parameter] public Uri? Url { get; set; }
    [Parameter] public string? Username { get; set; }
    [Parameter(Mandatory = true)] public SecureString? Token { get; set; }

    protected override string ErrorNoun => "GitIntegration";
    protected override string Target => $"git integration '{Name}'";
    protected override ICatalogResources Resources => Platform.GitIntegrations;
    protected override object Request() => new GitIntegrationRequest { Name = Name, Provider = Provider, Url = Url?.ToString(), Username = Username, Token = SecureText.Plain(Token!) };
}

/// <summary>Changes git integrations: a new -Token replaces the stored one.</summary>
[Cmdlet(VerbsCommon.Set, "QHubGitIntegration", SupportsShouldProcess = true)]
[OutputType(typeof(GitIntegration))]
public sealed class SetQHubGitIntegrationCommand : SetCatalogResourceCommand
{
    [Parameter][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter] public Uri? Url { get; set; }
    [Parameter] public string? Username { get; set; }
    [Parameter] public SecureString? Token { get; set; }

    protected override string ErrorNoun => "GitIntegration";
    protected override ICatalogResources Resources => Platform.GitIntegrations;
    protected override object Request() => new GitIntegrationRequest { Name = Name, Url = Url?.ToString(), Username = Username, Token = Token is null ? null : SecureText.Plain(Token) };
}

/// <summary>Deletes git integrations.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubGitIntegration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubGitIntegrationCommand : RemoveCatalogResourceCommand
{
    protected override string ErrorNoun => "GitIntegration";
    protected override ICatalogResources Resources => Platform.GitIntegrations;
}
