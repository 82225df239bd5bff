using System.Text.RegularExpressions;

namespace KipuHub.Emulator.Faults;

/// <summary>
/// One injected fault: which requests (method, path glob) it hits, what it does, and how often. Every rule
/// is bounded by a count; a probability below 1 makes it hit only some of the matching requests.
/// </summary>
public sealed class FaultRule
{
    public static readonly string[] Kinds =
    {
        "latency", "status", "status-after", "reset-before", "reset-after", "truncate", "stall", "malformed-json", "content-type",
    };

    public string? Id { get; set; }

    /// <summary>GET, POST, …; null matches any method.</summary>
    public string? Method { get; set; }

    /// <summary>Glob over the request path: "*" within a segment, "**" across segments. E.g. "/quantum/jobs/*/status".</summary>
    public string Path { get; set; } = "/**";

    public string Kind { get; set; } = "status";

    /// <summary>For "status" (the request is not processed) and "status-after" (processed, then this answer): 500, 502, …</summary>
    public int? Status { get; set; }

    /// <summary>Sent as Retry-After with a "status" fault.</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>For "latency": added before the request is processed. For "stall": how long the answer stops halfway.</summary>
    public int? LatencyMs { get; set; }

    /// <summary>How many requests it hits at most, then it is gone.</summary>
    public int Count { get; set; } = 1;

    public double Probability { get; set; } = 1.0;

    /// <summary>Requests hit so far.</summary>
    public int Hits { get; set; }

    internal Regex? Pattern { get; private set; }

    public string? Validate()
    {
        if (!Kinds.Contains(Kind)) return $"kind must be one of {string.Join(", ", Kinds)}.";
        if (Count is < 1 or > 100_000) return "count must be between 1 and 100000: faults are always bounded.";
        if (Probability is <= 0 or > 1) return "probability must be in (0, 1].";
        if (Kind is "status" or "status-after" &&
            Status is not (>= 400 and <= 599)) return $"a {Kind} fault needs status between 400 and 599.";
        if (Kind is "latency" or "stall" &&
            LatencyMs is not (> 0 and <= 600_000)) return $"a {Kind} fault needs latency_ms between 1 and 600000.";
        if (string.IsNullOrWhiteSpace(Path) || !Path.StartsWith('/')) return "path must be a glob starting with '/'.";
        Pattern = new Regex("^" + Regex.Escape(Path).Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*") + "$", RegexOptions.CultureInvariant);
        return null;
    }

    internal bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) && Pattern!.IsMatch(path);
}
