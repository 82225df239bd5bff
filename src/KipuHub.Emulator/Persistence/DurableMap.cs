using System.Collections.Concurrent;
using System.Text.Json;

namespace KipuHub.Emulator.Persistence;

/// <summary>
/// A concurrent map of a store's records (jobs, organizations, data pools...) that the <see cref="StateLog"/> keeps: it
/// loads the collection's rows when made, and each change, or lookup by key within a write request, becomes a row
/// write. Records are read and changed in place as before; one changed after a scan (not a lookup by key) says so
/// with <see cref="Touch"/>.
/// </summary>
public sealed class DurableMap<T> : IDurableMap where T : class
{
    // Fields too, for the tuples some records hold. A record's collections need an init accessor to be read back.
    static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    readonly ConcurrentDictionary<string, T> items;
    readonly StateLog log;

    public DurableMap(StateLog log, string collection)
    {
        this.log = log;
        Collection = collection;
        items = new ConcurrentDictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, json) in log.Load(collection))
        {
            try
            {
                items[key] = JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException("null");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"The data file holds a {collection} row '{key}' this emulator cannot read ({e.Message}).",
                    e);
            }
        }
    }

    public string Collection { get; }

    public ICollection<T> Values => items.Values;

    public IEnumerable<KeyValuePair<string, T>> Entries => items;

    public int Count => items.Count;

    public bool ContainsKey(string key) => items.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (!items.TryGetValue(key, out value)) return false;
        log.Touched(this, key);
        return true;
    }

    public T this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);
        set
        {
            items[key] = value;
            log.Changed(this, key);
        }
    }

    public T? GetValueOrDefault(string key) => TryGetValue(key, out var value) ? value : null;

    /// <summary>Looks a record up to read it only (a token checked on every request): the unit of work does not write it.</summary>
    public T? Read(string key) => items.TryGetValue(key, out var value) ? value : null;

    public bool TryAdd(string key, T value)
    {
        if (!items.TryAdd(key, value)) return false;
        log.Changed(this, key);
        return true;
    }

    public T GetOrAdd(string key, Func<string, T> create)
    {
        if (TryGetValue(key, out var found)) return found;
        var value = items.GetOrAdd(key, create);
        log.Changed(this, key);
        return value;
    }

    public bool TryRemove(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        if (!items.TryRemove(key, out value)) return false;
        log.Changed(this, key);
        return true;
    }

    public bool TryRemove(string key) => TryRemove(key, out _);

    /// <summary>Changes a record in place under its lock and records the change.</summary>
    public void Update(string key, T record, Action change)
    {
        lock (record) change();
        log.Changed(this, key);
    }

    /// <summary>Says that a record found by a scan was changed in place.</summary>
    public void Touch(string key) => log.Changed(this, key);

    public void Clear()
    {
        foreach (var key in items.Keys) TryRemove(key, out _);
    }

    string? IDurableMap.Serialize(string key)
    {
        if (!items.TryGetValue(key, out var value)) return null;
        lock (value) return JsonSerializer.Serialize(value, Json);
    }
}
