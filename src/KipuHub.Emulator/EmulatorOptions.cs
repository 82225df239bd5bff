namespace KipuHub.Emulator;

/// <summary>How an emulator instance behaves. Every default is fast and offline.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The documented default token, accepted unless <see cref="Tokens"/> is replaced.</summary>
    public const string DevToken = "kqh-emulator-dev-token";

    /// <summary>The user of the dev token and of tokens given with --token: the emulator's operator.</summary>
    public const string DevUserId = "user-dev";

    public const string DevGatewayKey = "emulator-key";
    public const string DevGatewaySecret = "emulator-secret";

    /// <summary>Accepted X-Auth-Token values and the user each one authenticates; the User API adds and removes tokens.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, EmulatorUser> Tokens { get; } = new(StringComparer.Ordinal)
    {
        [DevToken] = new EmulatorUser(DevUserId, "dev@emulator.local", "Emulator Developer"),
    };

    /// <summary>Consumer key and secret pairs the gateway token endpoint accepts; applications of the Platform API add theirs.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> GatewayCredentials { get; } = new(StringComparer.Ordinal)
    {
        [DevGatewayKey] = DevGatewaySecret,
    };

    /// <summary>Where to listen; loopback with a free port by default.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>The only token the control endpoints (/_emulator) answer, when set; else the dev token's user.</summary>
    public string? ControlToken { get; set; }

    /// <summary>Set with --allow-remote: the published dev token is refused (401), and so are the dev gateway credentials.</summary>
    public bool RefusesDevToken { get; set; }

    /// <summary>Allows binding to addresses other than loopback.</summary>
    public bool AllowRemote { get; set; }

    /// <summary>Keeps state across restarts in this file (written atomically). Null: memory only.</summary>
    public string? DataFile { get; set; }

    /// <summary>A JSON backend catalog replacing the built-in one.</summary>
    public string? BackendSeedFile { get; set; }

    /// <summary>
    /// Serves some inferred operations at other paths and documents them there under the same operation ids, and
    /// drops one altogether (<see cref="Infrastructure.RouteMoves.Sample"/>): a Hub whose documents disagree with
    /// KipuHub's route tables, to show clients following the live document.
    /// </summary>
    public bool MovedRoutes { get; set; }

    /// <summary>Fault rules loaded at start.</summary>
    public string? FaultFile { get; set; }

    /// <summary>Seeds measurement sampling; the same seed and jobs give the same counts.</summary>
    public int RandomSeed { get; set; } = 7;

    /// <summary>The emulator's now: job schedules, billing periods, token expiry. Tests set it to stand at a month's
    /// last instant; everyone else keeps the system clock.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public TimeSpan JobPendingDuration { get; set; } = TimeSpan.FromMilliseconds(150);
    public TimeSpan JobRunningDuration { get; set; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan CancelDuration { get; set; } = TimeSpan.FromMilliseconds(100);
    public TimeSpan ExecutionRunningDuration { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Sessions without a ttl close after this long.</summary>
    public TimeSpan DefaultSessionTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>An ACTIVE session with no job in flight for this long becomes INACTIVE.</summary>
    public TimeSpan SessionInactivity { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest request body accepted (413 beyond).</summary>
    public long MaxRequestBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest data-pool file accepted (413 beyond); streamed to disk, so memory does not grow with it.</summary>
    public long MaxUploadBytes { get; set; } = 4L << 30;

    public int MaxSimulatedQubits { get; set; } = 20;

    /// <summary>The size of samples.bin, the result file of every service execution that is streamed, never held in memory.</summary>
    public long ServiceResultFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Results get a "padding" field of this many bytes, streamed and never held in memory (for large-result tests).</summary>
    public long ResultPaddingBytes { get; set; }
}

public sealed record EmulatorUser(string Id, string Email, string Name);
