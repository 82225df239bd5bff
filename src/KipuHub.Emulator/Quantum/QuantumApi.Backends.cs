using System.Globalization;
using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Quantum;

public sealed partial class QuantumApi
{
    void MapBackends(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "GET", "/backends", "getBackends", "List backends, optionally by provider",
            (HttpContext c, string? provider, bool? onlyPlanqkSdk) =>
        {
            if (provider is not null && HubProviders.Problem(provider) is { } unknown) return ApiError.BadRequest(c, unknown);
            var wanted = provider?.Trim().Replace('-', '_');
            var backends = catalog.All
                .Where(b => wanted is null || string.Equals(b.Provider, wanted, StringComparison.OrdinalIgnoreCase))
                .Select(b => b.Wire())
                .Where(w => onlyPlanqkSdk != true || (w["documentation"]?["sdks"]?.AsArray().Any(s => s?.ToString() == "PLANQK") ?? false))
                .ToList();
            return Json(backends);
        });

        registry.Map(group, Api, "GET", "/backends/least-busy", "getLeastBusyBackend",
            "Backend with the shortest queue of a provider (IBM only)", (HttpContext c, string? provider, int? min_qubits) =>
        {
            if (string.IsNullOrWhiteSpace(provider)) return ApiError.BadRequest(c, "The provider parameter is required.");
            if (min_qubits is < 0) return ApiError.BadRequest(c, $"min_qubits must be zero or more, got {min_qubits}.");
            if (!string.Equals(provider.Trim(), "IBM", StringComparison.OrdinalIgnoreCase))
                return ApiError.BadRequest(c, $"The least busy backend is only available for IBM, not '{provider}'.");
            var best = catalog.All
                .Where(b => b.Provider == "IBM" && b.Status == "ONLINE" && b.QubitCount >= (min_qubits ?? 0))
                .OrderBy(b => b.QueueSize)
                .FirstOrDefault();
            return best is null ? ApiError.NotFound(c, "No IBM backend is online with enough qubits.") : Json(best.Wire());
        });

        registry.Map(group, Api, "GET", "/backends/{id}", "getBackend", "One backend", (HttpContext c, string id) =>
            WithBackend(c, id, b => Json(b.Wire())));

        registry.Map(group, Api, "GET", "/backends/{id}/status", "getBackendStatus", "Current state and queue",
            (HttpContext c, string id) =>
            WithBackend(c, id, b => Json(new BackendStateWire(b.Status, b.QueueSize, b.QueueSize * 120L, true))));

        registry.Map(group, Api, "GET", "/backends/{id}/config", "getBackendConfig", "Provider-native configuration",
            (HttpContext c, string id) =>
            WithBackend(c, id, b => Json(b.Config())));

        registry.Map(group, Api, "GET", "/backends/{id}/calibration", "getBackendCalibration", "Calibration, latest or at effectiveAt",
            (HttpContext c, string id, string? effectiveAt) =>
            WithBackend(c, id, b =>
            {
                var at = Now;
                if (effectiveAt is not null && !DateTimeOffset.TryParse(effectiveAt, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out at))
                    return ApiError.BadRequest(c, $"effectiveAt must be an ISO-8601 timestamp, got '{effectiveAt}'.");
                return CalibrationAt(b, at);
            }));
    }

    static IResult CalibrationAt(BackendEntry backend, DateTimeOffset at)
    {
        var snapshot = backend.Calibrations().LastOrDefault(c => c.At <= at);
        return snapshot.Calibration is null ? Results.NoContent() : Json(new CalibrationWire(backend.Id, snapshot.At,
            snapshot.Calibration));
    }

    IResult WithBackend(HttpContext c, string id, Func<BackendEntry, IResult> found) =>
        catalog.Find(id) is { } backend ? found(backend) : ApiError.NotFound(c, $"Backend '{id}' not found.");
}
