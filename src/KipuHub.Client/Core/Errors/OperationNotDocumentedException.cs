namespace KipuHub.Client.Core.Errors;

/// <summary>
/// The Hub answered 404 or 405 at our route, and its own OpenAPI document has the operation neither under our
/// operation id nor at that method and path (or at a path whose parameters we cannot fill). The answer is the
/// inner exception; <see cref="Nearest"/> names the documented operations closest to it.
/// </summary>
public sealed class OperationNotDocumentedException(string message, string operationId, IReadOnlyList<string> nearest,
    HubApiException answer)
    : HubException(message, answer)
{
    /// <summary>The operation id as the Hub would spell it (getDataPools).</summary>
    public string OperationId { get; } = operationId;

    /// <summary>Documented operation ids closest to <see cref="OperationId"/>, closest first.</summary>
    public IReadOnlyList<string> Nearest { get; } = nearest;
}
