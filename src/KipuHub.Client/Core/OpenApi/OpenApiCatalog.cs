using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Core.OpenApi;

/// <summary>
/// The OpenAPI document an API serves at {base}/docs, fetched once through its transport and kept. The transport
/// is asked for each time: a connection may replace it (after Dispose) while the document stays good.
/// </summary>
public sealed class OpenApiCatalog(Func<HubTransport> transportOf)
{
    static readonly Route Docs = new("docs", "GET", "docs", RouteEvidence.Given, RouteKind.Read);
    readonly SemaphoreSlim fetching = new(1, 1);
    OpenApiDocument? document;
    bool unreadable;

    public HubTransport Transport => transportOf();

    /// <param name="refresh">Read the document again instead of the one kept.</param>
    public async Task<OpenApiDocument> GetAsync(bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (!refresh && document is { } kept) return kept;
        await fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!refresh && document is { } fresh) return fresh;
            return await FetchAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            fetching.Release();
        }
    }

    /// <summary>
    /// The document, or null when the API serves none that can be read (no /docs, not JSON, Swagger 2.0). That answer
    /// is kept like a document, so that it is asked once; a failure that may pass (a timeout, a 5xx) is not kept.
    /// </summary>
    public async Task<OpenApiDocument?> TryGetAsync(CancellationToken cancellationToken = default)
    {
        if (document is { } kept) return kept;
        if (unreadable) return null;
        await fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (document is { } fresh) return fresh;
            if (unreadable) return null;
            return await FetchAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException || e is HubApiException { StatusCode: >= 400 and < 500 and not 408 and not 429 })
        {
            unreadable = true;
            return null;
        }
        catch (HubException)
        {
            return null;
        }
        finally
        {
            fetching.Release();
        }
    }

    async Task<OpenApiDocument> FetchAsync(CancellationToken cancellationToken)
    {
        var response = await Transport.SendAsync(new HubRequest(Docs), cancellationToken).ConfigureAwait(false);
        unreadable = false;
        return document = OpenApiDocument.Parse(response.BodyText);
    }

    /// <summary>The operation by id; a clear error with the nearest ids when there is none.</summary>
    public async Task<OpenApiOperation> FindAsync(string operationId, bool refresh = false, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(refresh, cancellationToken).ConfigureAwait(false);
        return current.Find(operationId)
            ?? throw new UnknownOperationException($"The API at {Transport.BaseUrl} documents no operation " +
                $"'{operationId}'.{OperationCall.Suggest(operationId, current.Operations.Select(o => o.OperationId), "operation")} " +
                    $"Get-QHubOperation lists them.", operationId);
    }
}

/// <summary>An operation id the API's document does not have: a mistyped id, told apart from a missing resource.</summary>
public sealed class UnknownOperationException(string message, string operationId) : ArgumentException(message, nameof(operationId))
{
    public string OperationId { get; } = operationId;
}
