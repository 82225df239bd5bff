namespace KipuHub.Tests.Unit.Support;

/// <summary>
/// The routes and DTO fields seen in the official SDKs' sources, as ../shared/api/*.yaml records them beside every clone:
/// an oracle outside the project. Read line by line: the files are flat lists of "key: value" entries.
/// </summary>
public static class ApiCatalog
{
    public sealed record Operation(IReadOnlyList<string> Names, string Evidence, string Method, string Path);

    /// <summary>A DTO of one section of dtos.yaml (quantum, service, platform, user, legacy_qc_catalog_dtos).</summary>
    public sealed record Dto(string Section, string Name, IReadOnlyList<string> WireNames);

    /// <summary>../shared/api beside the clone; null when this machine has none.</summary>
    public static string? Folder
    {
        get
        {
            var root = typeof(ApiCatalog).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
            var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "api"));
            return File.Exists(Path.Combine(folder, "quantum.yaml")) ? folder : null;
        }
    }

    public static IReadOnlyList<Operation> Operations(string file)
    {
        var operations = new List<Operation>();
        Dictionary<string, string>? entry = null;
        foreach (var line in File.ReadLines(Path.Combine(Folder!, file)))
        {
            if (line.StartsWith("  - ", StringComparison.Ordinal) || line.Length > 0 && !line.StartsWith(' '))
            {
                Add(entry, operations);
                entry = line.StartsWith("  - ", StringComparison.Ordinal) ? new Dictionary<string, string>() : null;
            }
            if (entry is null) continue;
            var text = line.TrimStart(' ', '-');
            var colon = text.IndexOf(':');
            if (colon > 0 && line.Length - text.Length <= 4) entry.TryAdd(text[..colon], Value(text[(colon + 1)..]));
        }
        Add(entry, operations);
        return operations;
    }

    /// <summary>Every DTO of dtos.yaml with the wire names of its fields.</summary>
    public static IReadOnlyList<Dto> Dtos()
    {
        var dtos = new List<Dto>();
        var section = "";
        string? name = null;
        var fields = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(Folder!, "dtos.yaml")))
        {
            var dto = System.Text.RegularExpressions.Regex.Match(line, @"^  ([A-Za-z0-9]+):\s*$");
            if (dto.Success || line.Length > 0 && !line.StartsWith(' '))
            {
                if (name is not null && fields.Count > 0) dtos.Add(new Dto(section, name, fields));
                (name, fields) = (dto.Success ? dto.Groups[1].Value : null, new List<string>());
                if (!dto.Success && !line.StartsWith('#')) section = line.Split(':')[0];
            }
            var wire = System.Text.RegularExpressions.Regex.Match(line, @"^\s+- \{wire: ([A-Za-z0-9_]+)");
            if (name is not null && wire.Success) fields.Add(wire.Groups[1].Value);
        }
        if (name is not null && fields.Count > 0) dtos.Add(new Dto(section, name, fields));
        return dtos;
    }

    static void Add(Dictionary<string, string>? entry, List<Operation> operations)
    {
        if (entry is null || !entry.TryGetValue("method", out var method) || !entry.TryGetValue("path", out var path)) return;
        var names = new[] { "operation", "operation_hint", "legacy_operation_id" }.Where(entry.ContainsKey).Select(k => entry[k]).ToList();
        operations.Add(new Operation(names, entry.GetValueOrDefault("evidence", ""), method, path));
    }

    static string Value(string raw)
    {
        var value = raw.Split(" #", 2)[0].Trim();
        return value.Trim('"');
    }
}
