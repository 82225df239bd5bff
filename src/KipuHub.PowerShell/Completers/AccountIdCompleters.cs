using System.Collections;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Completers;

/// <summary>The members of the organization named by -OrganizationId, else of the connection's context; nothing in
/// the personal context, where the Hub lists no users.</summary>
public sealed class MemberIdCompleter : HubIdCompleter
{
    protected override string? ParentOf(IDictionary boundParameters, QHubConnection connection) =>
        Bound(boundParameters, "OrganizationId") ?? connection.OrganizationId;

    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.Organizations.GetMembersAsync(parent, token).ConfigureAwait(false))
        .Select(m => new IdTip(m.UserId!, $"{m.Name ?? m.Email} ({m.Role})"));
}

/// <summary>The invitations the caller has received.</summary>
public sealed class InvitationIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.Users.GetInvitationsAsync(token).ConfigureAwait(false)).Select(i => new IdTip(i.Id!, i.ToString()));
}

/// <summary>The caller's newest notifications (one page).</summary>
public sealed class NotificationIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.Notifications.GetNotificationsAsync(0, 50, cancellationToken: token).ConfigureAwait(false)).Content
        .Select(n => new IdTip(n.Id!, $"{n.Title} ({(n.Read ? "read" : "unread")})"));
}

/// <summary>The caller's personal access tokens, by name.</summary>
public sealed class AccessTokenIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.User.GetPersonalAccessTokensAsync(token).ConfigureAwait(false))
        .Select(t => new IdTip(t.Id!, $"{t.Name} (expires {t.ExpiresAt:yyyy-MM-dd})"));
}

/// <summary>Service executions: the connected gateway's when a service is connected (the cmdlets' default source),
/// else the newest of the catalog.</summary>
public sealed class ServiceExecutionIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token)
    {
        var gateway = Current<QHubServiceConnection>.Get();
        var executions = gateway is not null
            ? await gateway.Client.ServiceApi.GetServiceExecutionsAsync(token).ConfigureAwait(false)
            : (await connection.Platform.ServiceExecutions.GetServiceExecutionsAsync(0, 50, cancellationToken: token)
                .ConfigureAwait(false)).Content;
        return executions.Select(e => new IdTip(e.Id!, $"{e.Status}, {e.CreatedAt:yyyy-MM-dd HH:mm}"));
    }
}
