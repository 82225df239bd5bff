using System.Net;
using KipuHub.Emulator.Faults;
using KipuHub.Emulator.Gateway;
using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;
using KipuHub.Emulator.Platform;
using KipuHub.Emulator.Quantum;
using KipuHub.Emulator.User;

namespace KipuHub.Emulator;

/// <summary>
/// A running emulator: four APIs on one origin ({root}/quantum, /qc-catalog, /user-service, /gateway) and the
/// control endpoints under /_emulator. Start it in-process for tests (free loopback port) or from Program.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    readonly WebApplication app;
    readonly StateLog state;
    readonly BlobFolder blobs;

    EmulatorHost(WebApplication app, StateLog state, BlobFolder blobs, EmulatorOptions options, FaultRegistry faults, QuantumStore store,
        RequestStats stats, Platform.Organizations organizations)
    {
        Organizations = organizations;
        this.app = app;
        this.state = state;
        this.blobs = blobs;
        Options = options;
        Faults = faults;
        Store = store;
        Stats = stats;
    }

    public EmulatorOptions Options { get; }
    public FaultRegistry Faults { get; }
    public QuantumStore Store { get; }
    public RequestStats Stats { get; }
    public Platform.Organizations Organizations { get; }

    /// <summary>E.g. http://127.0.0.1:5080/ — the four APIs live under it.</summary>
    public Uri RootUrl { get; private set; } = null!;

    public static async Task<EmulatorHost> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        EnsureLoopback(options);
        if (options.AllowRemote) WithoutPublishedSecrets(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes + 1024);

        var faults = new FaultRegistry(options.RandomSeed);
        if (options.FaultFile is not null) FaultFile.Load(options.FaultFile, faults);
        var state = options.DataFile is null ? StateLog.InMemory() : StateLog.In(new SqliteRowStore(options.DataFile));
        BlobFolder? blobs = null;
        try
        {
            blobs = BlobFolder.For(options.DataFile);
            return await StartAsync(builder, options, faults, state, blobs, cancellationToken);
        }
        catch
        {
            // An emulator that did not start (a row it cannot read, a port in use) leaves the data file closed.
            state.Dispose();
            blobs?.Dispose();
            throw;
        }
    }

    static async Task<EmulatorHost> StartAsync(WebApplicationBuilder builder, EmulatorOptions options, FaultRegistry faults, StateLog state,
        BlobFolder blobs, CancellationToken cancellationToken)
    {
        var clock = options.Clock;
        var store = new QuantumStore(state);
        var catalog = BackendCatalog.Load(options.BackendSeedFile);
        var gateway = new GatewayApi(options, clock, state);
        var registry = new OpenApiRegistry(options.MovedRoutes ? RouteMoves.Sample : RouteMoves.None);
        var stats = new RequestStats();
        var executor = new JobExecutor(options);
        var users = new UserDirectory(options, clock, state);
        var organizations = new Platform.Organizations(options, clock, users, state);
        var quantum = new QuantumApi(store, catalog, executor, new SessionViews(store, options, clock), options, clock);

        // Jobs kept from before a restart that had not run yet run now.
        foreach (var job in store.AllJobs()) executor.Start(job, store);

        // Binding failures (a query value of the wrong type) raise, so they get the same JSON error as the rest.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(faults);
        builder.Services.AddSingleton(stats);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(users);
        builder.Services.AddSingleton(organizations);
        var app = builder.Build();
        app.UseMiddleware<HostFilter>();
        app.UseMiddleware<PathSegmentGuard>();
        app.UseStatusCodePages(ApiError.WriteBodylessAsync);
        app.UseRouting();
        app.UseMiddleware<QueryAliasMiddleware>();
        app.UseMiddleware<RequestStatsMiddleware>();
        app.UseMiddleware<UnitOfWorkMiddleware>();
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<AuthMiddleware>();
        app.UseMiddleware<JsonBodyGuard>();
        app.MapGet("/", (HttpContext c) => Results.Json(RootDocument(c)));
        quantum.Map(app, registry);
        new PlatformApi(options, clock, state, blobs, gateway, users, store, catalog, organizations).Map(app, registry);
        new UserApi(options, users).Map(app, registry);
        gateway.Map(app, registry);
        ControlEndpoints.Map(app, faults, store, stats, clock);

        await app.StartAsync(cancellationToken);
        try
        {
            EnsureBoundToLoopback(app, options);
        }
        catch
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            throw;
        }
        var host = new EmulatorHost(app, state, blobs, options, faults, store, stats, organizations);
        host.RootUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return host;
    }

    static object RootDocument(HttpContext c)
    {
        var root = $"{c.Request.Scheme}://{c.Request.Host}";
        return new
        {
            name = "KipuHub emulator",
            quantum = root + "/quantum",
            platform = root + "/qc-catalog",
            user = root + "/user-service",
            gateway = root + "/gateway/{context}/{service}/{version}",
            token_endpoint = root + "/gateway/token",
            docs = new[] { root + "/quantum/docs", root + "/qc-catalog/docs", root + "/user-service/docs", root + "/gateway/docs" },
        };
    }

    static void EnsureLoopback(EmulatorOptions options)
    {
        if (options.AllowRemote) return;
        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = new Uri(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0")).Host.Trim('[', ']');
            var loopback = host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
            if (!loopback)
                throw new ArgumentException($"Refusing to listen on '{url}': the emulator binds to loopback only unless --allow-remote " +
                    $"is given.");
        }
    }

    // What was asked for is checked before the start; what Kestrel bound is checked after it, since configuration such as
    // Kestrel__Endpoints__*__Url in the environment adds addresses that --urls does not show.
    static void EnsureBoundToLoopback(WebApplication app, EmulatorOptions options)
    {
        if (options.AllowRemote) return;
        foreach (var url in app.Urls)
            if (!HostFilter.IsLoopback(new Uri(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0")).Host))
                throw new ArgumentException($"Refusing to listen on '{url}' (from the configuration or the environment, such as " +
                    "Kestrel__Endpoints__*__Url): the emulator binds to loopback only unless --allow-remote is given.");
    }

    // Reachable from other machines, the emulator refuses what anyone can read in its help: the dev token and the dev gateway
    // credentials. Those who share it use the tokens given with --token or --user.
    static void WithoutPublishedSecrets(EmulatorOptions options)
    {
        options.RefusesDevToken = true;
        options.GatewayCredentials.TryRemove(EmulatorOptions.DevGatewayKey, out _);
        if (options.Tokens.Keys.All(t => t == EmulatorOptions.DevToken))
            throw new ArgumentException("--allow-remote needs --token or --user: reachable from other machines, the emulator refuses " +
                "the published dev token.");
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        state.Dispose();
        blobs.Dispose();
    }
}
