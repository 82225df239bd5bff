namespace KipuHub.Emulator.Quantum;

/// <summary>
/// What a job costs, from its backend's prices: per job, per shot, and per minute or second of running. Only a
/// completed job is charged; gate-based prices (per 1- or 2-qubit gate shot) and daily availability are not applied.
/// </summary>
public static class JobPricing
{
    public sealed record Charge(JobRecord Job, decimal Amount, string Currency, DateTimeOffset At);

    public static Charge? Of(JobRecord job, BackendEntry? backend, DateTimeOffset now)
    {
        if (backend is null || job.Status(now) != "COMPLETED") return null;
        var running = job.EndsAt - job.StartsAt;
        decimal amount = 0;
        var currency = "USD";
        foreach (var (granularity, priceCurrency, value) in backend.Costs)
        {
            var part = granularity switch
            {
                "job" => value,
                "shot" => value * job.Shots,
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
