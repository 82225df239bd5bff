using System.Globalization;

namespace KipuHub.Emulator;

/// <summary>The emulator's command-line options.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: KipuHub.Emulator [options]
          --urls <url>             where to listen (default http://127.0.0.1:5080; loopback only)
          --allow-remote           allow binding to non-loopback addresses
          --data <file>            keep all state across restarts in this SQLite file
          --backends <file>        replace the built-in backend catalog (a JSON array of Backend objects)
          --faults <file>          load fault rules (a JSON array, as POST /_emulator/faults takes them)
          --moved-routes           serve and document some inferred operations at other paths, drop one
          --token <value>          accept this X-Auth-Token too, as the dev user (the dev token stays valid on loopback)
          --user <token>=<email>   another user, signed in by that token (for sharing, invitations, membership)
          --control-token <value>  the only token the control endpoints (/_emulator) answer (default: the dev user's)
                                   The values of --token, --user and --control-token may be env:<VARIABLE> or
                                   @<file> (one value a line), so that no token shows in the process list (ps).
          --max-upload <size>      largest data-pool file it takes (default 4GiB; bytes, or such as 512MiB or 10GiB):
                                   files are streamed to disk beside --data, so memory stays flat at any size
          --seed <n>               seed of measurement sampling (default 7)
          --job-pending-ms <n>     time a job stays PENDING (default 150)
          --job-running-ms <n>     time a job stays RUNNING (default 250)
          --result-padding <bytes> pad every result with this many bytes, streamed (for large-result tests)
        """;

    public static void Apply(string[] args, EmulatorOptions options)
    {
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n :
                throw new ArgumentException($"{args[i - 1]} needs a whole number.");
            switch (args[i])
            {
                case "--urls": options.Urls = Value(); break;
                case "--allow-remote": options.AllowRemote = true; break;
                case "--data": options.DataFile = Value(); break;
                case "--backends": options.BackendSeedFile = Value(); break;
                case "--faults": options.FaultFile = Value(); break;
                case "--moved-routes": options.MovedRoutes = true; break;
                case "--token":
                    foreach (var token in Secrets(Value())) options.Tokens[token] = options.Tokens[EmulatorOptions.DevToken];
                    break;
                case "--user":
                    foreach (var user in Secrets(Value())) AddUser(options, user);
                    break;
                case "--control-token": options.ControlToken = Secrets(Value()).Single(); break;
                case "--max-upload": options.MaxUploadBytes = Infrastructure.ByteSize.Parse(Value()); break;
                case "--seed": options.RandomSeed = Number(); break;
                case "--job-pending-ms": options.JobPendingDuration = TimeSpan.FromMilliseconds(Number()); break;
                case "--job-running-ms": options.JobRunningDuration = TimeSpan.FromMilliseconds(Number()); break;
                case "--result-padding":
                    options.ResultPaddingBytes = long.TryParse(Value(), out var bytes) && bytes >= 0 ? bytes :
                    throw new ArgumentException("--result-padding needs a number of bytes."); break;
                case "--help" or "-h": break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }
    }

    // A value, or where to read it: env:<VARIABLE>, @<file> with one value a line.
    static IReadOnlyList<string> Secrets(string value)
    {
        IEnumerable<string> values = value switch
        {
            _ when value.StartsWith("env:", StringComparison.Ordinal) => new[]
            {
                Environment.GetEnvironmentVariable(value[4..])
                    ?? throw new ArgumentException($"The environment variable {value[4..]} is not set."),
            },
            _ when value.StartsWith('@') => File.ReadAllLines(value[1..]),
            _ => new[] { value },
        };
        var read = values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        return read.Count > 0 ? read : throw new ArgumentException($"No value in {value}.");
    }

    static void AddUser(EmulatorOptions options, string value)
    {
        var parts = value.Split('=', 2);
        if (parts.Length != 2 || parts[0].Length == 0 || !Infrastructure.EmailAddress.IsValid(parts[1]))
            throw new ArgumentException("--user needs <token>=<email> (the value given is not shown: it holds a token).");
        var name = parts[1].Split('@')[0];
        options.Tokens[parts[0]] = new EmulatorUser("user-" + name, parts[1], name);
    }
}
