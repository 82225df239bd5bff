using System.Text.Json;

namespace KipuHub.Client.Credentials;

/// <summary>
/// The qhubctl config file shared with the CLI: {"auth": {"value": "&lt;token&gt;"}, "context": {"id": …, "isOrganization": …}}.
/// </summary>
public sealed class QhubctlConfig
{
    QhubctlConfig(string path, string? token, string? organizationId)
    {
        Path = path;
        Token = token;
        OrganizationId = organizationId;
    }

    public string Path { get; }
    public string? Token { get; }

    /// <summary>The context's id when the context is an organization (not the personal context).</summary>
    public string? OrganizationId { get; }

    /// <summary>Where the file is looked for, in order; the first that exists is used.</summary>
    public static IReadOnlyList<string> CandidatePaths(CredentialEnvironment env)
    {
        var paths = new List<string>();
        foreach (var variable in new[] { "KQH_CONFIG_FILE_PATH", "PLANQK_CONFIG_FILE_PATH" })
        {
            var value = env.Variable(variable);
            if (value is not null) paths.Add(value);
        }
        if (env.IsWindows && !string.IsNullOrEmpty(env.LocalAppData))
            paths.Add(System.IO.Path.Combine(env.LocalAppData!, "qhubctl", "config.json"));
        if (env.HasHomeDirectory) paths.Add(System.IO.Path.Combine(env.HomeDirectory, ".config", "qhubctl", "config.json"));
        if (env.IsWindows && !string.IsNullOrEmpty(env.LocalAppData))
            paths.Add(System.IO.Path.Combine(env.LocalAppData!, "planqk", "config.json"));
        if (env.HasHomeDirectory) paths.Add(System.IO.Path.Combine(env.HomeDirectory, ".config", "planqk", "config.json"));
        return paths;
    }

    /// <summary>The first config file that exists, or null. A malformed file is an error that names it.</summary>
    public static QhubctlConfig? Find(CredentialEnvironment env)
    {
        foreach (var path in CandidatePaths(env))
            if (File.Exists(path)) return Load(path);
        return null;
    }

    public static QhubctlConfig Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            return new QhubctlConfig(path, StringAt(root, "auth", "value"), OrganizationOf(root));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new CredentialUnavailableException(
                $"The qhubctl config file '{path}' cannot be read ({e.GetType().Name}): fix or remove it, or log in again with qhubctl.",
                new[] { "config file " + path }, e);
        }
    }

    static string? OrganizationOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("context", out var context) ||
            context.ValueKind != JsonValueKind.Object)
            return null;
        var isOrganization = context.TryGetProperty("isOrganization", out var flag) && flag.ValueKind == JsonValueKind.True;
        return isOrganization ? StringAt(root, "context", "id") : null;
    }

    static string? StringAt(JsonElement root, string section, string field)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new InvalidOperationException("The file is not a JSON object.");
        if (!root.TryGetProperty(section, out var node) || node.ValueKind != JsonValueKind.Object) return null;
        if (!node.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String) return null;
        var text = value.GetString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
