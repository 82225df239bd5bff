using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Service.Models;
using R = KipuHub.Client.Service.ServiceRoutes;

namespace KipuHub.Client.Service;

/// <summary>The service_api namespace: start, list, watch, read, download and cancel executions of one service.</summary>
public sealed class ServiceApiClient : ApiCaller, IServiceExecutions
{
    readonly Uri gateway;

    internal ServiceApiClient(HubTransport transport) : base(transport)
    {
        gateway = new Uri(transport.BaseUrl.AbsoluteUri.TrimEnd('/'));
    }

    Task<ServiceExecution> IServiceExecutions.GetExecutionAsync(string id, CancellationToken cancellationToken) =>
        GetStatusAsync(id, cancellationToken);

    Task<ServiceExecutionResult> IServiceExecutions.GetExecutionResultAsync(string id, CancellationToken cancellationToken) =>
        GetResultAsync(id, cancellationToken);

    Task<IReadOnlyList<ServiceLogEntry>> IServiceExecutions.GetExecutionLogsAsync(string id, CancellationToken cancellationToken) =>
        GetLogsAsync(id, cancellationToken);

    public async Task<IReadOnlyList<ServiceExecution>> GetServiceExecutionsAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync<List<ServiceExecution>>(Request(R.GetServiceExecutions), cancellationToken).ConfigureAwait(false) ??
            new List<ServiceExecution>()).Select(FromGateway).ToList();

    /// <summary>
    /// Starts an execution. The body is free-form JSON (plain dictionaries, lists and primitives): the service
    /// reads "input", the gateway "inputDataRefs", and everything else goes to the service as it is.
    /// </summary>
    public Task<ServiceExecution> StartExecutionAsync(IDictionary<string, object?> body, CancellationToken cancellationToken = default)
    {
        if (body is null) throw new ArgumentNullException(nameof(body));
        var request = Request(R.StartExecution);
        request.Body = HubJson.Serialize(body);
        return FromGatewayAsync(ReadRequiredAsync<ServiceExecution>(request, cancellationToken));
    }

    public Task<ServiceExecution> GetStatusAsync(string id, CancellationToken cancellationToken = default) =>
        FromGatewayAsync(ReadRequiredAsync<ServiceExecution>(Request(R.GetStatus, id), cancellationToken));

    /// <summary>The result (HAL); the gateway answers 404 until the execution has one.</summary>
    public async Task<ServiceExecutionResult> GetResultAsync(string id, CancellationToken cancellationToken = default)
    {
        var content = await ReadJsonAsync(Request(R.GetResult, id), cancellationToken).ConfigureAwait(false);
        return new ServiceExecutionResult(content?.Value ?? new Dictionary<string, object?>());
    }

    /// <summary>One result file as an unbuffered stream; dispose the response when done.</summary>
    public Task<HubStreamResponse> GetResultFileAsync(string id, string file, CancellationToken cancellationToken = default) =>
        StreamAsync(Request(R.GetResultFile, id, file), cancellationToken);

    /// <summary>The log, oldest first. Plain string entries (older gateways) become messages.</summary>
    public async Task<IReadOnlyList<ServiceLogEntry>> GetLogsAsync(string id, CancellationToken cancellationToken = default)
    {
        var content = await ReadJsonAsync(Request(R.GetLogs, id), cancellationToken).ConfigureAwait(false);
        if (content?.Value is not IList<object?> entries) return Array.Empty<ServiceLogEntry>();
        return entries.Select(entry => entry is string text
            ? new ServiceLogEntry { Message = text }
            : HubJson.Deserialize<ServiceLogEntry>(HubJson.Serialize(entry))).ToList();
    }

    /// <summary>Requests cancellation; the answer is the execution (the gateway answers 200 with it).</summary>
    public async Task<ServiceExecution?> CancelExecutionAsync(string id, CancellationToken cancellationToken = default) =>
        await ReadAsync<ServiceExecution>(Request(R.CancelExecution, id), cancellationToken).ConfigureAwait(false) is { } execution
            ? FromGateway(execution) : null;

    // A gateway answers an execution's id, status and times only: the service it ran on is the gateway itself.
    ServiceExecution FromGateway(ServiceExecution execution)
    {
        execution.Gateway = gateway;
        return execution;
    }

    async Task<ServiceExecution> FromGatewayAsync(Task<ServiceExecution> reading) => FromGateway(await reading.ConfigureAwait(false));
}
