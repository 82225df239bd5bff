using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Lists which quantum providers have a token stored (an organization's, or yours); never the token itself.</summary>
[Cmdlet(VerbsCommon.Get, "QHubProviderToken", HelpUri = HelpUris.Base + "Get-QHubProviderToken.md")]
[OutputType(typeof(ProviderToken))]
public sealed class GetQHubProviderTokenCommand : OrganizationCmdletBase
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

    protected override string ErrorNoun => "ProviderToken";

    protected override void ProcessRecord() => ForTarget(OrganizationId ?? "me", async token => OrganizationId is { } organization
        ? await PlatformIn(OrganizationId).Organizations.GetProviderTokensAsync(organization, token)
        : await PlatformIn(OrganizationId).Users.GetProviderTokensAsync(token));
}
