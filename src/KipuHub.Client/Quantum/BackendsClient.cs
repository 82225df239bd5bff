using System.Globalization;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Quantum.Models;
using R = KipuHub.Client.Quantum.QuantumRoutes;

namespace KipuHub.Client.Quantum;

/// <summary>The backends namespace: discover backends, their state, configuration and calibration.</summary>
public sealed class BackendsClient : ApiCaller
{
    internal BackendsClient(HubTransport transport) : base(transport) { }

    /// <param name="provider">AZURE, AWS, IBM, … (case-insensitive on the Hub).</param>
    /// <param name="onlyPlanqkSdk">Only backends usable through the Hub's own SDK.</param>
    public async Task<IReadOnlyList<Backend>> GetBackendsAsync(string? provider = null, bool? onlyPlanqkSdk = null,
        CancellationToken cancellationToken = default) =>
        await ReadAsync<List<Backend>>(Request(R.GetBackends).WithQuery("provider", provider).WithQuery("onlyPlanqkSdk", onlyPlanqkSdk),
            cancellationToken).ConfigureAwait(false)
        ?? new List<Backend>();

    public Task<Backend> GetBackendAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Backend>(Request(R.GetBackend, id), cancellationToken);

    public Task<BackendStateInfo> GetBackendStatusAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<BackendStateInfo>(Request(R.GetBackendStatus, id), cancellationToken);

    /// <summary>The provider-native configuration JSON.</summary>
    public Task<JsonContent?> GetBackendConfigAsync(string id, CancellationToken cancellationToken = default) =>
        ReadJsonAsync(Request(R.GetBackendConfig, id), cancellationToken);

    /// <summary>The latest calibration, or the one effective at <paramref name="effectiveAt"/>; null when none exists (204).</summary>
    public Task<CalibrationResponse?> GetBackendCalibrationAsync(string id, DateTimeOffset? effectiveAt = null,
        CancellationToken cancellationToken = default) =>
        ReadAsync<CalibrationResponse>(
            Request(R.GetBackendCalibration, id).WithQuery("effectiveAt",
                effectiveAt?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            cancellationToken);

    /// <summary>The backend with the shortest queue of a provider (IBM only today: others answer 400; 404 when none qualifies).</summary>
    public Task<Backend> GetLeastBusyBackendAsync(string provider, int? minQubits = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(provider)) throw new ArgumentException("A provider is required (IBM).", nameof(provider));
        return ReadRequiredAsync<Backend>(Request(R.GetLeastBusyBackend).WithQuery("provider", provider).WithQuery("min_qubits",
            minQubits), cancellationToken);
    }
}
