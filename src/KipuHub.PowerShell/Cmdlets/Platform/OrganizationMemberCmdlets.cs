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

/// <summary>Lists which quantum providers have a token stored in organizations; never the token itself.</summary>
[Cmdlet(VerbsCommon.Get, "QHubProviderToken")]
[OutputType(typeof(ProviderToken))]
public sealed class GetQHubProviderTokenCommand : InOrganizationCmdlet
{
    protected override string ErrorNoun => "ProviderToken";

    protected override void ProcessRecord() => ForTarget(OrganizationId, async token => await Platform.Organizations.GetProviderTokensAsync(OrganizationId!, token));
}

/// <summary>
/// Stores a quantum provider's token in an organization, replacing the one there: Set, not New, because there is
/// one token per provider. The token is a SecureString and is never written to any log.
/// </summary>
[Cmdlet(VerbsCommon.Set, "QHubProviderToken", SupportsShouldProcess = true)]
[OutputType(typeof(ProviderToken))]
public sealed class SetQHubProviderTokenCommand : InOrganizationCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Provider { get; set; }

    [Parameter(Mandatory = true)]
    public System.Security.SecureString? Token { get; set; }

    protected override string ErrorNoun => "ProviderToken";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"organization {OrganizationId}", $"Store the token of provider {Provider}")) return;
        var plain = KipuHub.PowerShell.Connection.SecureText.Plain(Token!);
        ForTarget(Provider, async token => await Platform.Organizations.SetProviderTokenAsync(OrganizationId!, Provider!, plain, token));
    }
}

/// <summary>Deletes providers' tokens from an organization.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubProviderToken", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubProviderTokenCommand : InOrganizationCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Provider { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "ProviderToken";

    protected override int TargetCount => Provider.Length;

    protected override void ProcessRecord() => ForEachId(Provider, p => ShouldProcess($"token of provider {p} in organization {OrganizationId}", "Delete"), async (p, token) =>
    {
        await Platform.Organizations.DeleteProviderTokenAsync(OrganizationId!, p, token);
        return null;
    });
}
