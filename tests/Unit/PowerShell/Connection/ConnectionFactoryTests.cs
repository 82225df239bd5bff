using KipuHub.Client.Core.Errors;
using KipuHub.Client.Credentials;
using KipuHub.Emulator;
using KipuHub.PowerShell.Connection;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Connection;

/// <summary>What Connect-QHub does below PowerShell, against the emulator.</summary>
public sealed class ConnectionFactoryTests : EmulatorFixture
{
    ConnectionSettings Settings() => new() { Endpoint = Root, Timeout = TimeSpan.FromSeconds(5), MaxRetries = 0 };

    [Fact]
    public async Task Connecting_validates_the_token_and_knows_the_account()
    {
        using var connection = await ConnectionFactory.ConnectAsync(Settings(), new HubCredential(EmulatorOptions.DevToken, "parameter -Token"), validate: true, default);
        Assert.Equal("dev@emulator.local", connection.Account);
        Assert.Equal("Personal", connection.Context);
        Assert.Equal(new Uri(Root, "quantum"), connection.QuantumEndpoint);
        Assert.NotEmpty(await connection.Quantum.Backends.GetBackendsAsync());
    }

    [Fact]
    public async Task A_wrong_token_fails_validation_with_Unauthorized_and_skipping_validation_defers_it()
    {
        var wrong = new HubCredential("not-a-valid-token-0000", "parameter -Token");
        await Assert.ThrowsAsync<UnauthorizedException>(() => ConnectionFactory.ConnectAsync(Settings(), wrong, validate: true, default));
        using var unchecked_ = await ConnectionFactory.ConnectAsync(Settings(), wrong, validate: false, default);
        Assert.Null(unchecked_.Account);
        await Assert.ThrowsAsync<UnauthorizedException>(() => unchecked_.Quantum.Backends.GetBackendsAsync());
    }

    [Fact]
    public async Task Switching_organization_keeps_the_token_and_scopes_the_data()
    {
        using var personal = await ConnectionFactory.ConnectAsync(Settings(), new HubCredential(EmulatorOptions.DevToken, "t"), true, default);
        using var organization = personal.WithOrganization(Organization("org-z"));
        Assert.Equal("Organization org-z", organization.Context);
        var job = await organization.Quantum.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 1));
        await Assert.ThrowsAsync<NotFoundException>(() => personal.Quantum.Jobs.GetJobAsync(job.Id!));
        Assert.Equal(job.Id, (await organization.Quantum.Jobs.GetJobAsync(job.Id!)).Id);
        Assert.Equal("Personal", organization.WithOrganization(null).Context);
    }

    [Fact]
    public void Per_api_endpoints_override_the_root()
    {
        var settings = new ConnectionSettings { Endpoint = new Uri("http://127.0.0.1:5080"), UserEndpoint = new Uri("https://users.example/user-service") };
        var environment = settings.Environment();
        Assert.Equal("http://127.0.0.1:5080/quantum", environment.Quantum.AbsoluteUri);
        Assert.Equal("https://users.example/user-service", environment.User.AbsoluteUri);
        Assert.Equal("https://api.hub.kipu-quantum.com/quantum", new ConnectionSettings().Environment().Quantum.AbsoluteUri);
    }

    [Fact]
    public void A_plain_http_endpoint_that_is_not_loopback_is_refused_before_any_request()
    {
        var settings = new ConnectionSettings { Endpoint = new Uri("http://hub.example.com") };
        var error = Assert.Throws<ArgumentException>(() => new QHubConnection(settings, new HubCredential(EmulatorOptions.DevToken, "t"), null));
        Assert.Contains("Refusing to send the token", error.Message);
    }

    [Fact]
    public void Credentials_and_organization_resolve_from_parameter_then_environment()
    {
        var env = new CredentialEnvironment(n => n switch { "KQH_PERSONAL_ACCESS_TOKEN" => "env-token", "KQH_ORGANIZATION_ID" => "env-org", _ => null }, Path.GetTempPath(), null, false);
        Assert.Equal("given", ConnectionFactory.ResolveCredential("given", "parameter -Token", env).Token);
        Assert.Equal("env-token", ConnectionFactory.ResolveCredential(null, "", env).Token);
        var settings = new ConnectionSettings();
        ConnectionFactory.ResolveOrganization(settings, null, env);
        Assert.Equal("env-org", settings.OrganizationId);
        Assert.Equal("environment variable KQH_ORGANIZATION_ID", settings.OrganizationSource);
        ConnectionFactory.ResolveOrganization(settings, "param-org", env);
        Assert.Equal("param-org", settings.OrganizationId);
    }

    [Fact]
    public async Task Log_lines_reach_only_the_listener_of_the_flow_that_caused_them()
    {
        var seen = new List<string>();
        LogRouting.Listen(e => seen.Add(e.Message));
        LogRouting.Write(new KipuHub.Client.Core.HubLogEntry(KipuHub.Client.Core.HubLogLevel.Verbose, "mine"));
        await Task.Run(() => LogRouting.Write(new KipuHub.Client.Core.HubLogEntry(KipuHub.Client.Core.HubLogLevel.Verbose, "flows into child tasks")));
        var other = new List<string>();
        var otherFlow = new Thread(() => { LogRouting.Listen(e => other.Add(e.Message)); LogRouting.Write(new(KipuHub.Client.Core.HubLogLevel.Verbose, "theirs")); });
        otherFlow.Start();
        otherFlow.Join();
        LogRouting.Listen(null);
        Assert.Equal(new[] { "mine", "flows into child tasks" }, seen);
        Assert.Equal(new[] { "theirs" }, other);
    }
}
