using KipuHub.Client.Core.Files;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Credentials;

namespace KipuHub.PowerShell.Connection;

/// <summary>
/// The connection saved by Connect-QHub -Scope CurrentUser for later processes: written atomically (temp file
/// + rename), owner-only, the token protected. A corrupt, foreign or locked file gives a warning and no
/// connection — never an exception that stops a script, and never a wait.
/// </summary>
public sealed class SavedConnectionFile(string? path)
{
    const int Version = 1;
    const string VaultProtection = "vault";
    // A saved connection is a few hundred bytes; a planted gigabyte must not be read into memory.
    const int MaxBytes = 64 * 1024;

    /// <summary>Where it is; null for a user without a home folder (some service accounts, containers), who has none.</summary>
    public string? Path { get; } = path;

    /// <summary>The current user's, in their profile; one with no path when there is no home folder to keep it in.</summary>
    public static SavedConnectionFile ForCurrentUser(CredentialEnvironment? environment = null) => new(DefaultPath(environment));

    /// <summary>Null without a home folder: a relative path would be the current folder's, readable by whoever put a file there.</summary>
    public static string? DefaultPath(CredentialEnvironment? environment = null)
    {
        var env = environment ?? CredentialEnvironment.Current;
        var folder = env.IsWindows && !string.IsNullOrEmpty(env.LocalAppData)
            ? System.IO.Path.Combine(env.LocalAppData!, "KipuHub")
            : env.HasHomeDirectory ? System.IO.Path.Combine(env.HomeDirectory, ".config", "kipuhub") : null;
        return folder is null ? null : System.IO.Path.Combine(folder, "connection.json");
    }

    public void Save(QHubConnection connection)
    {
        if (Path is null) throw new IOException("This user has no home folder (HOME is not set, or not a full path), so there is " +
            "nowhere private to keep a connection.");
        var settings = connection.Settings;
        // A token read from a vault stays there: the file keeps only where to read it again.
        var (protection, value) = connection.SecretReference is { } reference
            ? (VaultProtection, $"{reference.Vault}/{reference.SecretName}")
            : TokenProtection.Protect(connection.Credential.Token);
        var saved = new Dictionary<string, object?>
        {
            ["version"] = Version,
            ["endpoint"] = settings.Endpoint?.AbsoluteUri,
            ["quantum"] = settings.QuantumEndpoint?.AbsoluteUri,
            ["platform"] = settings.PlatformEndpoint?.AbsoluteUri,
            ["user"] = settings.UserEndpoint?.AbsoluteUri,
            ["service"] = settings.ServiceEndpoint?.AbsoluteUri,
            ["organization_id"] = settings.OrganizationId,
            ["timeout_seconds"] = settings.Timeout.TotalSeconds,
            ["max_retries"] = settings.MaxRetries,
            ["tag_create_requests"] = settings.TagCreateRequests,
            ["token_source"] = connection.TokenSource,
            ["token_protection"] = protection,
            ["token"] = value,
        };
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path!))!;
        OwnerOnlyFile.CreateFolder(folder);
        var temporary = System.IO.Path.Combine(folder, $".connection.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = OwnerOnlyFile.CreateNew(temporary))
            using (var writer = new StreamWriter(file))
                writer.Write(HubJson.Serialize(saved));
            Replace(temporary);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    // netstandard2.0 has no File.Move(overwrite): Replace an existing file, Move otherwise; a writer that loses
    // the race to create the file (or meets a reader on Windows) tries again after a short, growing pause. Either
    // way readers see a whole file, old or new.
    void Replace(string temporary)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (File.Exists(Path)) File.Replace(temporary, Path!, null);
                else File.Move(temporary, Path!);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 8)
            {
                Thread.Sleep(Math.Min(10 << attempt, 200));
            }
        }
    }

    /// <returns>The saved connection, or null with a warning when there is none or it cannot be used.</returns>
    public QHubConnection? Load(out string? warning)
    {
        warning = null;
        if (Path is null || !File.Exists(Path)) return null;
        try
        {
            var text = OwnerOnlyFile.ReadAllText(Path!, MaxBytes);
            if (!JsonPlainValue.TryParse(text, out var parsed, out var error) || parsed is not Dictionary<string, object?> saved)
                throw new InvalidDataException("it is not valid JSON" + (error is null ? "" : ": " + error));
            if (!Equals(Value(saved, "version"), (long)Version) || Text(saved, "token") is not { } token ||
                Text(saved, "token_protection") is not { } protection)
                throw new InvalidDataException("it has no token or is of another version");
            var timeout = Value(saved, "timeout_seconds") is { } t ? Convert.ToDouble(t, System.Globalization.CultureInfo.InvariantCulture)
                : 60;
            if (timeout is not (> 0 and <= 3600))
                throw new InvalidDataException($"its timeout_seconds {timeout} is not between 1 and 3600");
            var maxRetries = Value(saved, "max_retries") is { } r ? Convert.ToInt64(r, System.Globalization.CultureInfo.InvariantCulture) :
                2;
            if (maxRetries is not (>= 0 and <= 10)) throw new InvalidDataException($"its max_retries {maxRetries} is not between 0 and 10");
            var settings = new ConnectionSettings
            {
                Endpoint = Url(saved, "endpoint"),
                QuantumEndpoint = Url(saved, "quantum"),
                PlatformEndpoint = Url(saved, "platform"),
                UserEndpoint = Url(saved, "user"),
                ServiceEndpoint = Url(saved, "service"),
                OrganizationId = Text(saved, "organization_id"),
                Timeout = TimeSpan.FromSeconds(timeout),
                MaxRetries = (int)maxRetries,
                TagCreateRequests = Value(saved, "tag_create_requests") is not false,
            };
            settings.OrganizationSource = settings.OrganizationId is null ? null : "saved connection";
            var source = Text(saved, "token_source");
            var reference = protection == VaultProtection ? token.Split(new[] { '/' }, 2) : null;
            var secret = reference is { Length: 2 } ? VaultSecret.Text(VaultSecret.Read(reference[0], reference[1]), reference[0],
                reference[1])
                : TokenProtection.Unprotect(protection, token);
            var credential = new HubCredential(secret, "saved connection " + Path + (source is null ? "" : $" (from {source})"));
            return new QHubConnection(settings, credential, null, "CurrentUser")
            {
                SecretReference = reference is { Length: 2 } ? (reference[0], reference[1]) : null,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException
            or FormatException or InvalidCastException or UriFormatException or OverflowException or VaultUnavailableException
            or SecretNotFoundException or VaultNotFoundException or PlatformNotSupportedException)
        {
            warning = $"The saved KipuHub connection '{Path}' cannot be used ({e.Message}); continuing without it. Run Connect-QHub " +
                $"-Scope CurrentUser to save a new one, or Disconnect-QHub -Scope CurrentUser to remove it.";
            return null;
        }
    }

    public bool Exists => Path is not null && File.Exists(Path);

    public bool Delete()
    {
        if (!Exists) return false;
        File.Delete(Path);
        return true;
    }

    static object? Value(Dictionary<string, object?> saved, string name) => saved.TryGetValue(name, out var value) ? value : null;

    static string? Text(Dictionary<string, object?> saved, string name) => Value(saved, name) as string;

    static Uri? Url(Dictionary<string, object?> saved, string name) => Text(saved, name) is { Length: > 0 } text ? new Uri(text) : null;
}
