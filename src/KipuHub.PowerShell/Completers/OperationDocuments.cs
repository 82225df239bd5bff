using System.Collections;
using KipuHub.Client.Core.OpenApi;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Completers;

/// <summary>The OpenAPI document a completer reads: that of the -Api being typed, through this runspace's connection (read once).</summary>
internal static class OperationDocuments
{
    /// <summary>Null when there is no connection for that API; a slow or failing Hub gives up after five seconds.</summary>
    public static OpenApiDocument? For(IDictionary fakeBoundParameters)
    {
        var api = fakeBoundParameters["Api"] is { } value && Enum.TryParse<HubApi>(value.ToString(), true, out var chosen) ? chosen :
            HubApi.Quantum;
        var catalog = api == HubApi.Service
            ? Current<QHubServiceConnection>.Get()?.Catalog
            : CurrentConnection.Get(out _)?.Catalog(api);
        if (catalog is null) return null;
        using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return catalog.GetAsync(false, quick.Token).GetAwaiter().GetResult();
    }
}
