using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum.Costs;

/// <summary>
/// What a job would cost before it is submitted, from its backend's price model: per job, per shot and per one- or
/// two-qubit gate shot add up to Amount; time-based prices have no total before the job runs and are listed as Rates.
/// </summary>
public sealed class JobCostEstimate
{
    public string BackendId { get; init; } = "";
    public int Shots { get; init; }
    public long? OneQubitGates { get; init; }
    public long? TwoQubitGates { get; init; }

    /// <summary>The total of the countable prices; null when one of them could not be counted (see Note). With time prices
    /// (<see cref="Rates"/>) it is only the part known before the job runs: see <see cref="Bounded"/>.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Whether <see cref="Amount"/> is the whole cost: false when a price is by time (the total is open until the job
    /// runs) or could not be counted. A cost limit can be held only to a bounded estimate.</summary>
    public bool Bounded => Amount is not null && Rates.Count == 0;
    public string? Currency { get; init; }

    /// <summary>No price applies: the backend is free (or lists no price).</summary>
    public bool Free { get; init; }

    /// <summary>Prices by time, which the estimate cannot total: "1.6 USD per second". Text where one value is shown
    /// (Export-Csv).</summary>
    public Core.Json.TextList Rates { get; init; } = new();
    public string? Note { get; init; }

    /// <summary>The estimate as one value reads (the view's, Export-Csv's): the total; or the part known before the job runs,
    /// its rates and "total open", never a bare number that looks like a total.</summary>
    public string Summary => this switch
    {
        { Free: true } => "free",
        { Amount: null } => "not estimated",
        { Bounded: true } => Money(Amount!.Value, Currency),
        _ => $"{Money(Amount!.Value, Currency)} + {string.Join(" + ", Rates)} (total open)",
    };

    /// <summary>An amount as estimates say it: "3.30 USD", "0.0015 EUR".</summary>
    public static string Money(decimal amount, string? currency) =>
        amount.ToString("0.00####", System.Globalization.CultureInfo.InvariantCulture) + " " + (currency ?? "USD");

    public override string ToString() => $"{BackendId}: {Summary}";

    public static JobCostEstimate For(Backend backend, CreateJobRequest request)
    {
        var inputJson = Core.Json.HubJson.Serialize(request.Input?.ToWire(request.BackendId));
        var gates = GateCount.Of(inputJson);
        decimal total = 0;
        var countable = true;
        string? currency = null;
        var rates = new List<string>();
        var needsGates = false;
        foreach (var cost in backend.Costs ?? new List<Cost>())
        {
            var value = (decimal)(cost.Value ?? 0);
            if (value == 0) continue;
            currency ??= cost.Currency;
            switch (cost.Granularity)
            {
                case "job": total += value; break;
                case "shot": total += value * request.Shots; break;
                case "1-Qubit Gate Shot" or "2-Qubit Gate Shot" when gates is null: countable = false; break;
                case "1-Qubit Gate Shot": total += value * gates!.OneQubit * request.Shots; needsGates = true; break;
                case "2-Qubit Gate Shot": total += value * gates!.TwoQubit * request.Shots; needsGates = true; break;
                case "minute" or "second" or "millisecond":
                    rates.Add(FormattableString.Invariant($"{value} {cost.Currency} per {cost.Granularity}"));
                    break;
                default: rates.Add(FormattableString.Invariant($"{value} {cost.Currency} per {cost.Granularity} (not estimated)")); break;
            }
        }
        var free = currency is null && rates.Count == 0;
        return new JobCostEstimate
        {
            BackendId = backend.Id ?? request.BackendId,
            Shots = request.Shots,
            OneQubitGates = needsGates ? gates?.OneQubit : null,
            TwoQubitGates = needsGates ? gates?.TwoQubit : null,
            Amount = countable ? decimal.Round(total, 6) : null,
            Currency = currency ?? "USD",
            Free = free,
            Rates = new Core.Json.TextList(rates),
            Note = free ? "Free: the backend lists no price."
                : !countable ? "The backend prices gates, and the gates of this input's format cannot be counted here (IonQ JSON and " +
                    "OpenQASM 2/3 can)."
                : rates.Count > 0 ? $"Priced by time ({string.Join(", ", rates)}): only the part known before the job runs is counted; " +
                    "the total is open until it has run."
                : null,
        };
    }
}
