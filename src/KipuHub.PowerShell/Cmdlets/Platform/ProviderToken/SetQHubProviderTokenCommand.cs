using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>
/// Stores a quantum provider's token (an organization's, or yours), replacing the one there: Set, not New, because
/// there is one token per provider. The token is a SecureString and is never written to any log.
/// </summary>
[Cmdlet(VerbsCommon.Set, "QHubProviderToken", HelpUri = HelpUris.Base + "Set-QHubProviderToken.md", SupportsShouldProcess = true)]
[OutputType(typeof(ProviderToken))]
public sealed class SetQHubProviderTokenCommand : OrganizationCmdletBase
{
    string? organizationId;

    /// <summary>An organization's tokens (an organization from the pipeline binds by it); without it, your own.</summary>
    // Not validated as non-empty: your own tokens come down the pipeline with an empty OrganizationId.
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? OrganizationId
    {
        get => organizationId;
        set => organizationId = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProviderCompleter))]
    public string? Provider { get; set; }

    [Parameter(Mandatory = true)]
    public System.Security.SecureString? Token { get; set; }

    string Owner => OrganizationId is null ? "your own providers' tokens" : $"organization {Hub.ShownOrganization(OrganizationId)}";

    protected override string ErrorNoun => "ProviderToken";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess(Owner, $"Store the token of provider {Provider}")) return;
        var plain = KipuHub.PowerShell.Connection.SecureText.Plain(Token!);
        ForTarget(Provider, async token => OrganizationId is { } organization
            ? await PlatformIn(OrganizationId).Organizations.SetProviderTokenAsync(organization, Provider!, plain, token)
            : await PlatformIn(OrganizationId).Users.SetProviderTokenAsync(Provider!, plain, token));
    }
}
