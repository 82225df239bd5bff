using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum;

/// <summary>A snapshot after one polling round: how many jobs are done and how many are in each state.</summary>
public sealed class JobWaitProgress
{
    public JobWaitProgress(int total, int done, IReadOnlyDictionary<string, int> states, int round, int requests)
    {
        Total = total;
        Done = done;
        States = states;
        Round = round;
        RequestsThisRound = requests;
    }

    public int Total { get; }
    public int Done { get; }
    public IReadOnlyDictionary<string, int> States { get; }
    public int Round { get; }
    public int RequestsThisRound { get; }

    public override string ToString() =>
        $"{Done} of {Total} done (" + string.Join(", ", States.OrderBy(s => s.Key).Select(s => $"{s.Value} {s.Key}")) + ")";

    internal static JobWaitProgress Of(IReadOnlyCollection<JobStatus?> statuses, int round, int requests)
    {
        var states = statuses
            .GroupBy(s => s?.Value ?? "UNKNOWN", StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return new JobWaitProgress(statuses.Count, statuses.Count(s => s?.IsTerminal == true), states, round, requests);
    }
}
