using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The algorithms namespace: algorithms of the catalog, their sketches, relations and access permissions.</summary>
public sealed class AlgorithmsClient : CatalogResourceClient<Algorithm>
{
    internal AlgorithmsClient(HubTransport transport, string? organizationId) : base(transport, organizationId, R.Algorithms) { }

    public async Task<IReadOnlyList<AlgorithmSketch>> GetSketchesAsync(string algorithmId, CancellationToken cancellationToken = default) =>
        Filled(await ReadListAsync<AlgorithmSketch>(Scoped(R.GetAlgorithmSketches, algorithmId), "content",
            cancellationToken).ConfigureAwait(false), s => s.AlgorithmId ??= algorithmId);

    public Task<AlgorithmSketch> AddSketchAsync(string algorithmId, AlgorithmSketchRequest request,
        CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<AlgorithmSketch>(WithBody(Scoped(R.AddAlgorithmSketch, algorithmId), request), cancellationToken);

    public Task DeleteSketchAsync(string algorithmId, string sketchId, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteAlgorithmSketch, algorithmId, sketchId), cancellationToken);

    public async Task<IReadOnlyList<AlgorithmRelation>> GetRelationsAsync(string algorithmId,
        CancellationToken cancellationToken = default) =>
        Filled(await ReadListAsync<AlgorithmRelation>(Scoped(R.GetAlgorithmRelations, algorithmId), "content",
            cancellationToken).ConfigureAwait(false), r => r.AlgorithmId ??= algorithmId);

    public Task<AlgorithmRelation> AddRelationAsync(string algorithmId, AlgorithmRelationRequest request,
        CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<AlgorithmRelation>(WithBody(Scoped(R.AddAlgorithmRelation, algorithmId), request), cancellationToken);

    public Task DeleteRelationAsync(string algorithmId, string relationId, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteAlgorithmRelation, algorithmId, relationId), cancellationToken);

    public async Task<IReadOnlyList<AlgorithmPermission>> GetPermissionsAsync(string algorithmId,
        CancellationToken cancellationToken = default) =>
        Filled(await ReadListAsync<AlgorithmPermission>(Scoped(R.GetAlgorithmPermissions, algorithmId), "content",
            cancellationToken).ConfigureAwait(false), p => p.AlgorithmId ??= algorithmId);

    /// <summary>Grants a user or an organization a permission on the algorithm (or changes the one it has).</summary>
    public Task<AlgorithmPermission> SetPermissionAsync(string algorithmId, AlgorithmPermissionRequest request,
        CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<AlgorithmPermission>(WithBody(Scoped(R.SetAlgorithmPermission, algorithmId), request), cancellationToken);

    public Task DeletePermissionAsync(string algorithmId, string permissionId, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteAlgorithmPermission, algorithmId, permissionId), cancellationToken);
}

/// <summary>The implementations namespace: implementations attached to algorithms (list by algorithmId).</summary>
public sealed class ImplementationsClient : CatalogResourceClient<Implementation>
{
    internal ImplementationsClient(HubTransport transport, string? organizationId) : base(transport, organizationId, R.Implementations) { }
}

/// <summary>The use_cases namespace: use cases of the catalog and marketplace (list by title).</summary>
public sealed class UseCasesClient : CatalogResourceClient<UseCase>
{
    internal UseCasesClient(HubTransport transport, string? organizationId) : base(transport, organizationId, R.UseCases) { }
}

/// <summary>The git_integrations namespace: git providers services are built from; tokens go in and never come back.</summary>
public sealed class GitIntegrationsClient : CatalogResourceClient<GitIntegration>
{
    internal GitIntegrationsClient(HubTransport transport, string? organizationId) : base(transport, organizationId, R.GitIntegrations) { }

    private protected override bool BodiesAreSecret => true;
}
