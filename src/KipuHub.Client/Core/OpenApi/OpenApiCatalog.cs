using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Core.OpenApi;

/// <summary>
/// The OpenAPI document an API serves at {base}/docs, fetched once through its transport and kept. The transport
/// is asked for each time: a connection may replace it (after Dispose) while the document stays good.
/// </summary>
public sealed class OpenApiCatalog(Func<HubTransport> transportOf)
{
    static readonly Route Docs = Route.Seen("docs", "GET", "docs");
    readonly SemaphoreSlim fetching = new(1, 1);
    OpenApiDocument? document;

    public HubTransport Transport => transportOf();

    /// <param name="refresh">Read the document again instead of the one kept.</param>
    public async Task<OpenApiDocument> GetAsync(bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (!refresh && document is { } kept) return kept;
        await fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!refresh && document is { } fresh) return fresh;
            var response = await Transport.SendAsync(new HubRequest(Docs), cancellationToken).ConfigureAwait(false);
            return document = OpenApiDocument.Parse(response.BodyText);
        }
        finally
        {
            fetching.Release();
        }
    }

    /// <summary>The operation by id; a clear error with the nearest ids when there is none.</summary>
    public async Task<OpenApiOperation> FindAsync(string operationId, bool refresh = false, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(refresh, cancellationToken).ConfigureAwait(false);
        return current.Find(operationId)
            ?? throw new ArgumentException($"The API at {Transport.BaseUrl} documents no operation '{operationId}'.{OperationCall.Suggest(operationId, current.Operations.Select(o => o.OperationId), "operation")} Get-QHubOperation lists them.");
    }
}
