using System.Net;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core.Http;

/// <summary>A proxy (HTTP_PROXY, often set beside HTTPS_PROXY) never carries a call to this machine, where the token goes in clear.</summary>
public sealed class LoopbackBypassProxyTests : EmulatorFixture
{
    [Fact]
    public async Task Calls_to_the_emulator_go_direct_though_a_proxy_is_set()
    {
        await using var proxy = await RecordingServer.StartAsync();
        using var quantum = Quantum(configure: o => o.Proxy = new WebProxy(proxy.BaseUrl));

        var backends = await quantum.Backends.GetBackendsAsync();

        Assert.NotEmpty(backends);
        Assert.Empty(proxy.Requests);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/quantum")]
    [InlineData("http://localhost:5080/quantum")]
    [InlineData("http://[::1]:5080/quantum")]
    [InlineData("http://127.8.9.10/quantum")]
    public void Loopback_addresses_are_bypassed(string url)
    {
        var bypass = new LoopbackBypassProxy(new WebProxy("http://proxy.corp.example:3128"));
        Assert.True(bypass.IsBypassed(new Uri(url)));
        Assert.Equal(new Uri(url), bypass.GetProxy(new Uri(url)));
    }

    [Fact]
    public void Other_hosts_use_the_proxy_and_its_own_exceptions()
    {
        var inner = new WebProxy("http://proxy.corp.example:3128") { BypassList = new[] { @"internal\.example" } };
        var bypass = new LoopbackBypassProxy(inner);
        Assert.False(bypass.IsBypassed(new Uri("https://api.hub.kipu-quantum.com/quantum")));
        Assert.Equal(new Uri("http://proxy.corp.example:3128"), bypass.GetProxy(new Uri("https://api.hub.kipu-quantum.com/quantum")));
        Assert.True(bypass.IsBypassed(new Uri("https://internal.example/quantum")));
        Assert.True(new LoopbackBypassProxy(null).IsBypassed(new Uri("https://api.hub.kipu-quantum.com")));
    }
}
