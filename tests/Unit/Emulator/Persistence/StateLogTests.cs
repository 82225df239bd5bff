using KipuHub.Emulator.Persistence;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Persistence;

/// <summary>
/// When a durable map's change reaches the data file: at once outside a request; within one, at its commit, in one
/// transaction with every row the request changed or looked up by key; after the commit, at once again. Over a real SQLite
/// file, read back by a second connection.
/// </summary>
public sealed class StateLogTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kqh-log-").FullName;
    readonly CountingStore store;
    readonly StateLog log;

    public StateLogTests()
    {
        store = new CountingStore(new SqliteRowStore(DataFile));
        log = StateLog.In(store);
    }

    string DataFile => Path.Combine(folder, "state.db");

    public void Dispose()
    {
        log.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    public sealed class Box
    {
        public int Value { get; set; }
    }

    /// <summary>The rows of a collection as the file holds them now, read by a connection of its own.</summary>
    Dictionary<string, string> Saved(string collection)
    {
        using var reader = new SqliteRowStore(DataFile);
        return reader.Load(collection).ToDictionary(r => r.Key, r => r.Json);
    }

    [Fact]
    public void Outside_a_request_each_change_is_written_at_once()
    {
        var map = new DurableMap<Box>(log, "boxes");
        map["a"] = new Box { Value = 1 };
        Assert.True(map.TryAdd("b", new Box { Value = 2 }));
        Assert.False(map.TryAdd("b", new Box { Value = 3 }));
        Assert.Equal(new Dictionary<string, string> { ["a"] = """{"Value":1}""", ["b"] = """{"Value":2}""" }, Saved("boxes"));
        Assert.Equal(2, store.Writes);

        Assert.True(map.TryRemove("a"));
        Assert.False(map.TryRemove("a"));
        Assert.Equal(new[] { "b" }, Saved("boxes").Keys);
        Assert.Equal(3, store.Writes);
    }

    [Fact]
    public void Within_a_request_rows_are_written_together_at_the_commit_and_later_changes_at_once()
    {
        var map = new DurableMap<Box>(log, "boxes");
        var unit = log.Begin()!;
        map["a"] = new Box { Value = 1 };
        map["b"] = new Box { Value = 2 };
        map["a"] = new Box { Value = 3 };
        Assert.Empty(Saved("boxes"));

        unit.Commit();
        Assert.Equal(new Dictionary<string, string> { ["a"] = """{"Value":3}""", ["b"] = """{"Value":2}""" }, Saved("boxes"));
        Assert.Equal(1, store.Writes);
        Assert.Equal(2, store.RowsWritten);

        unit.Commit();
        Assert.Equal(1, store.Writes);
        map["c"] = new Box { Value = 4 };
        Assert.Equal(2, store.Writes);
        Assert.Contains("c", Saved("boxes").Keys);
    }

    [Fact]
    public void A_record_looked_up_by_key_in_a_request_is_written_as_changed_in_place_and_one_only_read_is_not()
    {
        var map = new DurableMap<Box>(log, "boxes");
        map["looked-up"] = new Box { Value = 1 };
        map["read"] = new Box { Value = 1 };
        map["got"] = new Box { Value = 1 };
        var writes = store.Writes;

        var unit = log.Begin()!;
        map["looked-up"].Value = 2;
        map.Read("read")!.Value = 2;
        map.GetValueOrDefault("got")!.Value = 2;
        Assert.Null(map.GetValueOrDefault("missing"));
        unit.Commit();

        Assert.Equal(writes + 1, store.Writes);
        var saved = Saved("boxes");
        Assert.Equal("""{"Value":2}""", saved["looked-up"]);
        Assert.Equal("""{"Value":2}""", saved["got"]);
        Assert.Equal("""{"Value":1}""", saved["read"]);
    }

    [Fact]
    public void Update_Touch_and_GetOrAdd_record_their_change_and_Clear_removes_every_row()
    {
        var map = new DurableMap<Box>(log, "boxes");
        var box = map.GetOrAdd("a", _ => new Box { Value = 1 });
        Assert.Same(box, map.GetOrAdd("a", _ => throw new InvalidOperationException("created twice")));
        map.Update("a", box, () => box.Value = 2);
        Assert.Equal("""{"Value":2}""", Saved("boxes")["a"]);
        box.Value = 3;
        map.Touch("a");
        Assert.Equal("""{"Value":3}""", Saved("boxes")["a"]);

        map["b"] = new Box();
        map.Clear();
        Assert.Empty(Saved("boxes"));
        Assert.Equal(0, map.Count);
    }

    [Fact]
    public void A_map_made_again_over_the_file_holds_the_rows_and_a_row_it_cannot_read_is_named()
    {
        new DurableMap<Box>(log, "boxes")["a"] = new Box { Value = 7 };
        var again = new DurableMap<Box>(StateLog.In(new SqliteRowStore(DataFile)), "boxes");
        Assert.Equal(7, again["a"].Value);
        Assert.True(again.ContainsKey("a"));
        Assert.Equal(new[] { "a" }, again.Entries.Select(e => e.Key));

        store.Write(new[] { new RowWrite("boxes", "broken", "null") });
        var error = Assert.Throws<InvalidDataException>(() => new DurableMap<Box>(StateLog.In(new SqliteRowStore(DataFile)), "boxes"));
        Assert.Equal("The data file holds a boxes row 'broken' this emulator cannot read (null).", error.Message);
    }

    [Fact]
    public void The_epoch_is_that_of_the_first_start_on_every_later_one()
    {
        var first = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Assert.Equal(first, log.Epoch(new SettableClock(first)));
        Assert.Equal(first, log.Epoch(new SettableClock(first.AddDays(1))));
        using var later = StateLog.In(new SqliteRowStore(DataFile));
        Assert.Equal(first, later.Epoch(new SettableClock(first.AddDays(30))));
        // Where the data file keeps it: a data file of an earlier version has it there.
        Assert.Contains("2026-01-02T03:04:05", Saved("emulator")["epoch"]);
    }

    [Fact]
    public void In_memory_state_has_no_unit_of_work_and_its_maps_work_without_a_store()
    {
        using var memory = StateLog.InMemory();
        Assert.Null(memory.Begin());
        var map = new DurableMap<Box>(memory, "boxes");
        map["a"] = new Box { Value = 1 };
        Assert.Equal(1, map["a"].Value);
        Assert.True(map.TryRemove("a"));
    }

    /// <summary>The real store, with a count of its transactions and of the rows they wrote.</summary>
    sealed class CountingStore(IRowStore inner) : IRowStore
    {
        public int Writes { get; private set; }
        public int RowsWritten { get; private set; }

        public IReadOnlyList<(string Key, string Json)> Load(string collection) => inner.Load(collection);

        public void Write(IReadOnlyCollection<RowWrite> writes)
        {
            Writes++;
            RowsWritten += writes.Count;
            inner.Write(writes);
        }

        public void Dispose() => inner.Dispose();
    }
}
