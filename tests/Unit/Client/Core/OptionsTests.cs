using KipuHub.Client.Core;
using KipuHub.Client.Quantum;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_api_key_is_a_clear_argument_error(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new HubQuantumClient(key));
        Assert.Contains("api key is required", error.Message);
    }

    [Fact]
    public void Defaults_match_the_sdk_constructors()
    {
        var options = new HubClientOptions();
        Assert.Equal(TimeSpan.FromSeconds(60), options.Timeout);
        Assert.Equal(2, options.MaxRetries);
        using var client = new HubQuantumClient("token-value");
        Assert.Equal("https://api.hub.kipu-quantum.com/quantum/", client.BaseUrl.AbsoluteUri);
    }

    [Fact]
    public void Base_url_wins_over_environment()
    {
        using var client = new HubQuantumClient(new HubClientOptions
        {
            ApiKey = "token-value",
            Environment = HubEnvironment.FromRoot(new Uri("http://127.0.0.1:5080")),
            BaseUrl = new Uri("https://onprem.example/quantum"),
        });
        Assert.Equal("https://onprem.example/quantum/", client.BaseUrl.AbsoluteUri);
    }

    [Fact]
    public void Environment_from_root_derives_the_four_apis()
    {
        var environment = HubEnvironment.FromRoot(new Uri("http://127.0.0.1:5080/"));
        Assert.Equal("http://127.0.0.1:5080/quantum", environment.Quantum.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5080/qc-catalog", environment.Platform.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5080/user-service", environment.User.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5080/gateway", environment.Service.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://hub.example.com/quantum", false)]
    [InlineData("http://10.0.0.5/quantum", false)]
    [InlineData("ftp://127.0.0.1/quantum", false)]
    [InlineData("http://127.0.0.1:5080/quantum", true)]
    [InlineData("http://localhost:5080/quantum", true)]
    [InlineData("http://[::1]:5080/quantum", true)]
    [InlineData("https://hub.example.com/quantum", true)]
    public void The_token_travels_over_plain_http_only_to_loopback(string url, bool allowed)
    {
        HubQuantumClient Create() => new(new HubClientOptions { ApiKey = "token-value", BaseUrl = new Uri(url) });
        if (allowed)
        {
            using var client = Create();
        }
        else
        {
            var error = Assert.Throws<ArgumentException>(Create);
            Assert.Contains("Refusing to send the token", error.Message);
        }
    }

    [Fact]
    public async Task An_injected_handler_carries_every_request()
    {
        await using var server = await RecordingServer.StartAsync();
        var handler = new CountingHandler { InnerHandler = new HttpClientHandler() };
        server.Enqueue(Reply.Ok("[]"));
        using var client = TestClients.Quantum(server.BaseUrl, o => o.HttpMessageHandler = handler);
        await client.Backends.GetBackendsAsync();
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task Without_organization_no_organization_header_is_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(Reply.Ok("[]"));
        using var client = TestClients.Quantum(server.BaseUrl);
        await client.Backends.GetBackendsAsync();
        Assert.Null(server.Last.Header("X-OrganizationId"));
    }

    sealed class CountingHandler : DelegatingHandler
    {
        public int Count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
