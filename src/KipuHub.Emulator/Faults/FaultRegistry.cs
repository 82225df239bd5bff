namespace KipuHub.Emulator.Faults;

/// <summary>The active fault rules; a rule is removed once its count is used up.</summary>
public sealed class FaultRegistry(int seed)
{
    /// <summary>More rules than a test needs would make every request scan them: past this, adding one is refused.</summary>
    public const int MaxRules = 1000;

    readonly List<FaultRule> rules = new();
    readonly Random random = new(seed);
    int nextId;

    public FaultRule Add(FaultRule rule)
    {
        var problem = rule.Validate();
        if (problem is not null) throw new ArgumentException(problem);
        lock (rules)
        {
            if (rules.Count >= MaxRules)
                throw new ArgumentException($"There are {MaxRules} fault rules already, the most there may be: delete some (DELETE " +
                    "/_emulator/faults) first.");
            rule.Id ??= "fault-" + Interlocked.Increment(ref nextId);
            rules.Add(rule);
        }
        return rule;
    }

    public IReadOnlyList<FaultRule> List()
    {
        lock (rules) return rules.ToList();
    }

    public bool Remove(string id)
    {
        lock (rules) return rules.RemoveAll(r => r.Id == id) > 0;
    }

    public void Clear()
    {
        lock (rules) rules.Clear();
    }

    /// <summary>The first rule that hits this request, with its count spent; null when none does.</summary>
    public FaultRule? Take(string method, string path)
    {
        lock (rules)
        {
            foreach (var rule in rules)
            {
                if (!rule.Matches(method, path)) continue;
                if (rule.Probability < 1 && random.NextDouble() >= rule.Probability) continue;
                rule.Hits++;
                if (rule.Hits >= rule.Count) rules.Remove(rule);
                return rule;
            }
        }
        return null;
    }
}
