using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Completers;

/// <summary>The algorithms of the catalog the connection sees (the first page).</summary>
public sealed class AlgorithmIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.Algorithms.ListPageAsync(0, 100, cancellationToken: token).ConfigureAwait(false)).Content
        .Select(a => new IdTip(a.Id!, a.Name ?? a.Id!));
}

/// <summary>The implementations of the catalog the connection sees (the first page).</summary>
public sealed class ImplementationIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.Implementations.ListPageAsync(0, 100, cancellationToken: token).ConfigureAwait(false)).Content
        .Select(i => new IdTip(i.Id!, i.Name ?? i.Id!));
}

/// <summary>The use cases of the catalog the connection sees (the first page).</summary>
public sealed class UseCaseIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.UseCases.ListPageAsync(0, 100, cancellationToken: token).ConfigureAwait(false)).Content
        .Select(u => new IdTip(u.Id!, u.Title ?? u.Id!));
}

/// <summary>The versions of the service named by -ServiceId (or -Id); nothing before one is typed.</summary>
public sealed class ServiceVersionIdCompleter : HubIdCompleter
{
    protected override string? ParentOf(System.Collections.IDictionary boundParameters, QHubConnection connection) =>
        Bound(boundParameters, "ServiceId") ?? Bound(boundParameters, "Id");

    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.Services.GetServiceVersionsAsync(parent, token).ConfigureAwait(false))
        .Select(v => new IdTip(v.Id!, $"{v.Name} {v.Version} ({v.Lifecycle})"));
}

/// <summary>The files of the data pool named by -DataPoolId; nothing before one is typed.</summary>
public sealed class DataPoolFileIdCompleter : HubIdCompleter
{
    protected override string? ParentOf(System.Collections.IDictionary boundParameters, QHubConnection connection) =>
        Bound(boundParameters, "DataPoolId");

    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Platform.DataPools.GetDataPoolFilesAsync(parent, token).ConfigureAwait(false))
        .Select(f => new IdTip(f.Id!, $"{f.Name} ({f.ContentLength} bytes)"));
}
