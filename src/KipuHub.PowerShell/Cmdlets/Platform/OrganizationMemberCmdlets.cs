using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>
/// A cmdlet inside one organization (its members, its provider tokens): -OrganizationId names it, and is also the
/// organization the call is made in. An organization or member from the pipeline binds by its OrganizationId.
/// </summary>
public abstract class InOrganizationCmdlet : QHubCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? OrganizationId { get; set; }

    protected HubPlatformClient Platform => Hub.Platform.ForOrganization(OrganizationId);
}

/// <summary>Lists the members of organizations and their roles.</summary>
[Cmdlet(VerbsCommon.Get, "QHubOrganizationMember")]
[OutputType(typeof(OrganizationMember))]
public sealed class GetQHubOrganizationMemberCommand : InOrganizationCmdlet
{
    protected override string ErrorNoun => "Organization";

    protected override void ProcessRecord() => ForTarget(OrganizationId, async token => await Platform.Organizations.GetMembersAsync(OrganizationId!, token));
}

/// <summary>
/// Adds users to an organization with a role. Add, not New: the user exists already and joins, as with
/// Add-ADGroupMember; a user who is a member already is OrganizationMemberConflict.
/// </summary>
[Cmdlet(VerbsCommon.Add, "QHubOrganizationMember", SupportsShouldProcess = true)]
[OutputType(typeof(OrganizationMember))]
public sealed class AddQHubOrganizationMemberCommand : InOrganizationCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string[] UserId { get; set; } = Array.Empty<string>();

    [Parameter]
    [ValidateSet("VIEWER", "MAINTAINER", "OWNER")]
    public string Role { get; set; } = "VIEWER";

    protected override string ErrorNoun => "OrganizationMember";

    protected override int TargetCount => UserId.Length;

    protected override void ProcessRecord() => ForEachId(UserId, id => ShouldProcess($"organization {OrganizationId}", $"Add user {id} as {Role}"), async (id, token) =>
        await Platform.Organizations.AddMemberAsync(OrganizationId!, id, Role, token));
}

/// <summary>Changes members' roles; the last owner stays one (OrganizationMemberConflict). Members bind from the pipeline.</summary>
[Cmdlet(VerbsCommon.Set, "QHubOrganizationMember", SupportsShouldProcess = true)]
[OutputType(typeof(OrganizationMember))]
public sealed class SetQHubOrganizationMemberCommand : InOrganizationCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] UserId { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true)]
    [ValidateSet("VIEWER", "MAINTAINER", "OWNER")]
    public string? Role { get; set; }

    protected override string ErrorNoun => "OrganizationMember";

    protected override int TargetCount => UserId.Length;

    protected override void ProcessRecord() => ForEachId(UserId, id => ShouldProcess($"member {id} of organization {OrganizationId}", $"Make {Role}"), async (id, token) =>
        await Platform.Organizations.UpdateMemberAsync(OrganizationId!, id, Role!, token));
}

/// <summary>Removes members from an organization; never its last owner (OrganizationMemberConflict).</summary>
[Cmdlet(VerbsCommon.Remove, "QHubOrganizationMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubOrganizationMemberCommand : InOrganizationCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] UserId { get; set; } = Array.Empty<string>();

    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "OrganizationMember";

    protected override int TargetCount => UserId.Length;

    protected override void ProcessRecord() => ForEachId(UserId, id => ShouldProcess($"member {id} of organization {OrganizationId}", "Remove", Force), async (id, token) =>
    {
        await Platform.Organizations.RemoveMemberAsync(OrganizationId!, id, token);
        return null;
    });
}

/// <summary>
/// The provider-token cmdlets: an organization's tokens with -OrganizationId (an organization from the pipeline binds
/// by it), else the user's own.
/// </summary>
public abstract class ProviderTokenCmdlet : QHubCmdlet
{
    string? organizationId;

    // Not validated as non-empty: your own tokens come down the pipeline with an empty OrganizationId.
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? OrganizationId
    {
        get => organizationId;
        set => organizationId = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    protected override string ErrorNoun => "ProviderToken";

    protected HubPlatformClient Platform => Hub.Platform.ForOrganization(OrganizationId);

    protected string Owner => OrganizationId is null ? "your own providers' tokens" : $"organization {OrganizationId}";
}

/// <summary>Lists which quantum providers have a token stored (an organization's, or yours); never the token itself.</summary>
[Cmdlet(VerbsCommon.Get, "QHubProviderToken")]
[OutputType(typeof(ProviderToken))]
public sealed class GetQHubProviderTokenCommand : ProviderTokenCmdlet
{
    protected override void ProcessRecord() => ForTarget(OrganizationId ?? "me", async token => OrganizationId is { } organization
        ? await Platform.Organizations.GetProviderTokensAsync(organization, token)
        : await Platform.Users.GetProviderTokensAsync(token));
}

/// <summary>
/// Stores a quantum provider's token (an organization's, or yours), replacing the one there: Set, not New, because
/// there is one token per provider. The token is a SecureString and is never written to any log.
/// </summary>
[Cmdlet(VerbsCommon.Set, "QHubProviderToken", SupportsShouldProcess = true)]
[OutputType(typeof(ProviderToken))]
public sealed class SetQHubProviderTokenCommand : ProviderTokenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Provider { get; set; }

    [Parameter(Mandatory = true)]
    public System.Security.SecureString? Token { get; set; }

    protected override void ProcessRecord()
    {
        if (!ShouldProcess(Owner, $"Store the token of provider {Provider}")) return;
        var plain = KipuHub.PowerShell.Connection.SecureText.Plain(Token!);
        ForTarget(Provider, async token => OrganizationId is { } organization
            ? await Platform.Organizations.SetProviderTokenAsync(organization, Provider!, plain, token)
            : await Platform.Users.SetProviderTokenAsync(Provider!, plain, token));
    }
}

/// <summary>Deletes providers' tokens (an organization's, or yours).</summary>
[Cmdlet(VerbsCommon.Remove, "QHubProviderToken", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubProviderTokenCommand : ProviderTokenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Provider { get; set; } = Array.Empty<string>();

    protected override int TargetCount => Provider.Length;

    protected override void ProcessRecord() => ForEachId(Provider, p => ShouldProcess($"the token of provider {p} ({Owner})", "Delete"), async (p, token) =>
    {
        if (OrganizationId is { } organization) await Platform.Organizations.DeleteProviderTokenAsync(organization, p, token);
        else await Platform.Users.DeleteProviderTokenAsync(p, token);
        return null;
    });
}
