namespace KipuHub.Emulator.Persistence;

/// <summary>
/// Writes the changes of durable maps to their row store. A write request is a unit of work: every row it changes,
/// or looks up by key (and so may change in place), is written in one transaction before its answer starts. A
/// change made outside a request (the job executor) is written at once. Without a row store nothing is written.
/// </summary>
public sealed class StateLog : IDisposable
{
    static readonly AsyncLocal<UnitOfWork?> current = new();
    readonly IRowStore? rows;
    DateTimeOffset? epoch;

    StateLog(IRowStore? rows) => this.rows = rows;

    /// <summary>State in memory only: maps keep nothing.</summary>
    public static StateLog InMemory() => new(null);

    public static StateLog In(IRowStore rows) => new(rows);

    /// <summary>When the emulator first started on this state (the date of the welcome credit and notification).</summary>
    public DateTimeOffset Epoch(TimeProvider clock)
    {
        lock (this) return epoch ??= new DurableMap<Mark>(this, "emulator").GetOrAdd("epoch", _ => new Mark(clock.GetUtcNow())).At;
    }

    internal IReadOnlyList<(string Key, string Json)> Load(string collection) => rows?.Load(collection) ?? Array.Empty<(string, string)>();

    /// <summary>Starts a unit of work for the current request; its rows are written by <see cref="UnitOfWork.Commit"/>.</summary>
    public UnitOfWork? Begin()
    {
        if (rows is null) return null;
        var unit = new UnitOfWork(this);
        current.Value = unit;
        return unit;
    }

    /// <summary>A row was looked up by key within a request: it may change in place, so the unit of work writes it.</summary>
    internal void Touched(IDurableMap map, string key)
    {
        if (rows is not null) current.Value?.Add(map, key);
    }

    /// <summary>A row was added, replaced, changed or removed.</summary>
    internal void Changed(IDurableMap map, string key)
    {
        if (rows is null) return;
        if (current.Value is { } unit) unit.Add(map, key);
        else Write(new[] { (map, key) });
    }

    void Write(IReadOnlyCollection<(IDurableMap Map, string Key)> changed)
    {
        // Serialized under the same lock as the write, so the last write of a row is never an older state of it.
        lock (this)
            rows!.Write(changed.Select(c => new RowWrite(c.Map.Collection, c.Key, c.Map.Serialize(c.Key))).ToList());
    }

    public void Dispose() => rows?.Dispose();

    /// <summary>The rows one request changed or looked up, written together.</summary>
    public sealed class UnitOfWork(StateLog log)
    {
        readonly HashSet<(IDurableMap Map, string Key)> rows = new();
        bool committed;

        internal void Add(IDurableMap map, string key)
        {
            lock (rows)
                if (!committed)
                {
                    rows.Add((map, key));
                    return;
                }
            // A change after the answer started (a handler still streaming) is written on its own.
            log.Write(new[] { (map, key) });
        }

        /// <summary>Writes the unit's rows; idempotent, and later changes of the request are written as they come.</summary>
        public void Commit()
        {
            List<(IDurableMap, string)> pending;
            lock (rows)
            {
                committed = true;
                pending = rows.ToList();
                rows.Clear();
            }
            if (pending.Count > 0) log.Write(pending);
        }
    }
}
