using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Completers;

/// <summary>The organizations the caller belongs to.</summary>
public sealed class OrganizationIdCompleter : HubIdCompleter
{
    protected override TimeSpan Lifetime => TimeSpan.FromMinutes(5);

    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.Organizations.GetOrganizationsAsync(token).ConfigureAwait(false))
        .Select(o => new IdTip(o.Id!, o.Name ?? o.Id!));
}

/// <summary>The data pools of the connection's context.</summary>
public sealed class DataPoolIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.DataPools.GetDataPoolsAsync(token).ConfigureAwait(false))
        .Select(p => new IdTip(p.Id!, p.Name ?? p.Id!));
}

/// <summary>The services of the connection's context (the first page of the catalog).</summary>
public sealed class ServiceIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.Services.GetServicesAsync(size: 100, cancellationToken: token).ConfigureAwait(false)).Content
        .Select(s => new IdTip(s.Id!, $"{s.Name} ({s.Type})"));
}

/// <summary>The applications of the connection's context.</summary>
public sealed class ApplicationIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.Applications.GetApplicationsAsync(token).ConfigureAwait(false))
        .Select(a => new IdTip(a.Id!, a.Name ?? a.Id!));
}

/// <summary>The marketplace's listings (listing ids, not their services').</summary>
public sealed class ListingIdCompleter : HubIdCompleter
{
    protected override TimeSpan Lifetime => TimeSpan.FromMinutes(5);

    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.Marketplace.FindServicesAsync(token).ConfigureAwait(false))
        .Select(l => new IdTip(l.Id!, $"{l.Name} {l.Version}"));
}
