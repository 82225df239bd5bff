namespace KipuHub.Emulator.Quantum;

/// <summary>
/// What a job costs, from its backend's prices: per job, per shot, per one- or two-qubit gate shot (the gates counted by
/// the client's own GateCount), and per minute or second of running. Only a completed job is charged; daily
/// availability is not applied.
/// </summary>
public static class JobPricing
{
    public sealed record Charge(JobRecord Job, decimal Amount, string Currency, DateTimeOffset At);

    public static Charge? Of(JobRecord job, BackendEntry? backend, DateTimeOffset now)
    {
        if (backend is null || job.Status(now) != "COMPLETED") return null;
        var running = job.EndsAt - job.StartsAt;
        var gates = GateCount.Of(job.InputJson);
        decimal amount = 0;
        var currency = "USD";
        foreach (var (granularity, priceCurrency, value) in backend.Costs)
        {
            var part = granularity switch
            {
                "job" => value,
                "shot" => value * job.Shots,
                "1-Qubit Gate Shot" => value * (gates?.OneQubit ?? 0) * job.Shots,
                "2-Qubit Gate Shot" => value * (gates?.TwoQubit ?? 0) * job.Shots,
                "minute" => value * (decimal)running.TotalMinutes,
                "second" => value * (decimal)running.TotalSeconds,
                _ => 0m,
            };
            if (part != 0) currency = priceCurrency;
            amount += part;
        }
        return new Charge(job, decimal.Round(amount, 6), currency, job.EndsAt);
    }
}
