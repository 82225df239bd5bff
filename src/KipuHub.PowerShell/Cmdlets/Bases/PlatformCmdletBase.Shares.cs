using KipuHub.Client.Platform;

namespace KipuHub.PowerShell.Cmdlets;

// Shares of data pools and services: who else sees a resource, and as what.
public abstract partial class PlatformCmdletBase
{
    /// <summary>Shares a resource with a user (<paramref name="userId"/>) or an organization; a second share with them is
    /// &lt;Noun&gt;Conflict.</summary>
    /// <param name="resource">"data pool", "service": how the confirmation names it.</param>
    protected void CreateShare(IShares shares, string resource, string resourceId, string? userId, string? withOrganizationId,
        string permission)
    {
        var (type, principal) = userId is not null ? ("USER", userId) : ("ORGANIZATION", withOrganizationId!);
        if (!ShouldProcess($"{resource} {resourceId}", $"Share with {type.ToLowerInvariant()} {principal} as {permission}")) return;
        ForTarget(resourceId, async token => await shares.CreateShareAsync(resourceId, type, principal, permission, token), creates: true,
            refersTo: new[] { NounOf(resource), userId is not null ? "User" : "Organization" });
    }

    // "data pool" → DataPool: the noun of its ErrorIds.
    static string NounOf(string resource) =>
        string.Concat(resource.Split(' ').Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));

    /// <summary>Changes the permission of shares of one resource.</summary>
    protected void ChangeShares(IShares shares, string resource, string resourceId, IReadOnlyCollection<string> shareIds,
        string permission) =>
        ForEachId(shareIds, id => ShouldProcess($"share {id} of {resource} {resourceId}", $"Make it {permission}"), async (id, token) =>
            await shares.UpdateShareAsync(resourceId, id, permission, token));

    /// <summary>Stops sharing a resource with whom the shares name.</summary>
    protected void RemoveShares(IShares shares, string resource, string resourceId, IReadOnlyCollection<string> shareIds) =>
        ForEachId(shareIds, id => ShouldProcess($"share {id} of {resource} {resourceId}", "Stop sharing"), async (id, token) =>
        {
            await shares.DeleteShareAsync(resourceId, id, token);
            return null;
        });
}
