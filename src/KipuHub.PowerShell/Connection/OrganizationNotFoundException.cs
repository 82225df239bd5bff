namespace KipuHub.PowerShell.Connection;

/// <summary>
/// The organization of a context is not one the token's user can read: every listing there would come back empty or
/// forbidden, so a context is checked when it is chosen, like the token. An Exception, not a HubException: a type of
/// this assembly never derives from the client's, which loads privately after PowerShell has scanned this one.
/// </summary>
public sealed class OrganizationNotFoundException(string organizationId, string? source, Exception inner)
    : Exception($"Organization '{organizationId}'{(source is null ? "" : $" (from {source})")} is not one you belong to, " +
        "or it does not exist. Get-QHubOrganization lists yours; Set-QHubContext -Personal works in your own context.", inner)
{
    public string OrganizationId { get; } = organizationId;
}
