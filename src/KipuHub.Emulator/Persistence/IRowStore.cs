namespace KipuHub.Emulator.Persistence;

/// <summary>Where durable maps keep their rows: one JSON document per key within a named collection.</summary>
public interface IRowStore : IDisposable
{
    IReadOnlyList<(string Key, string Json)> Load(string collection);

    /// <summary>Writes all the rows at once, or none of them.</summary>
    void Write(IReadOnlyCollection<RowWrite> writes);
}

/// <summary>A row to write; a null <paramref name="Json"/> deletes it.</summary>
public sealed record RowWrite(string Collection, string Key, string? Json);
