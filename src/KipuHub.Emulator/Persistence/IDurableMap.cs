namespace KipuHub.Emulator.Persistence;

/// <summary>What the state log needs of a durable map: its collection and a row's current JSON.</summary>
internal interface IDurableMap
{
    string Collection { get; }

    /// <summary>The row's JSON as it is now, or null when the key is gone.</summary>
    string? Serialize(string key);
}
