using System.Text.Json;
using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Faults;

/// <summary>Fault rules from a JSON file: an array of rules as POST /_emulator/faults takes them.</summary>
public static class FaultFile
{
    public static void Load(string path, FaultRegistry faults)
    {
        List<FaultRule>? rules;
        try
        {
            rules = JsonSerializer.Deserialize<List<FaultRule>>(File.ReadAllText(path), EmulatorJson.SnakeCase);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The fault file '{path}' is not a JSON array of fault rules: {e.Message}", e);
        }
        foreach (var rule in rules ?? new List<FaultRule>())
        {
            try
            {
                faults.Add(rule);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"The fault file '{path}' has an invalid rule: {e.Message}", e);
            }
        }
    }
}
