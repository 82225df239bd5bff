using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.OpenApi;

namespace KipuHub.PowerShell.Compatibility;

/// <summary>One operation the module uses, held to the API's live document: a row of Test-QHubApiCompatibility.</summary>
public sealed class OperationCompatibility
{
    internal OperationCompatibility(string api, DocumentedRoute found, IReadOnlyList<string> cmdlets)
    {
        Api = api;
        OperationId = found.Route.HubOperationId;
        Cmdlet = string.Join(", ", cmdlets);
        Evidence = found.Route.Evidence.ToString();
        Route = found.Route.ToString();
        DocumentedRoute = found.Operation is { } operation ? $"{operation.Method} {operation.Path.TrimStart('/')}" : null;
        Status = found.Status.ToString();
    }

    /// <summary>Quantum, Platform or User.</summary>
    public string Api { get; }

    /// <summary>As the Hub's documents spell it: createSession, getDataPools.</summary>
    public string OperationId { get; }

    /// <summary>The cmdlets that call it, comma-separated; empty for what only the client library calls.</summary>
    public string Cmdlet { get; }

    /// <summary>Seen (in a public SDK of the Hub) or Inferred (from the Hub's conventions).</summary>
    public string Evidence { get; }

    /// <summary>KipuHub's route: GET jobs/{id}.</summary>
    public string Route { get; }

    /// <summary>Where the live document has it (its operation by id, else at our method and path); null when undocumented.</summary>
    public string? DocumentedRoute { get; }

    /// <summary>Documented (same method and path), Moved (documented elsewhere: calls are re-bound there) or Undocumented.</summary>
    public string Status { get; }

    public override string ToString() => $"{Api} {OperationId}: {Status}";
}
