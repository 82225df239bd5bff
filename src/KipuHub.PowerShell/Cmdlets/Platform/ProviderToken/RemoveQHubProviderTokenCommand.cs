using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes providers' tokens (an organization's, or yours).</summary>
[Cmdlet(VerbsCommon.Remove, "QHubProviderToken", HelpUri = HelpUris.Base + "Remove-QHubProviderToken.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubProviderTokenCommand : OrganizationCmdletBase
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
    public string[] Provider { get; set; } = Array.Empty<string>();


    string Owner => OrganizationId is null ? "your own providers' tokens" : $"organization {Hub.ShownOrganization(OrganizationId)}";

    protected override string ErrorNoun => "ProviderToken";

    protected override void ProcessRecord() => ForEachId(Provider, p => ShouldProcess($"the token of provider {p} ({Owner})", "Delete"),
        async (p, token) =>
    {
        if (OrganizationId is { } organization) await PlatformIn(OrganizationId).Organizations.DeleteProviderTokenAsync(organization, p,
            token);
        else await PlatformIn(OrganizationId).Users.DeleteProviderTokenAsync(p, token);
        return null;
    });
}
