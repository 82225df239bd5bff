using KipuHub.Client.Credentials;
using KipuHub.Emulator;
using KipuHub.PowerShell.Connection;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Connection;

/// <summary>What Connect-QHub, Set-QHubContext and Disconnect-QHub do to the connection they replace.</summary>
public sealed class ConnectionSlotTests : EmulatorFixture
{
    async Task<QHubConnection> ConnectedAsync() => await ConnectionFactory.ConnectAsync(
        new ConnectionSettings { Endpoint = Root, Timeout = TimeSpan.FromSeconds(5) }, new HubCredential(EmulatorOptions.DevToken, "t"), validate: false, default);

    [Fact]
    public async Task A_replaced_connection_releases_its_http_clients_and_still_works_when_used_again()
    {
        var slot = new ConnectionSlot<QHubConnection>();
        var first = await ConnectedAsync();
        slot.Replace(first);
        await first.Quantum.Backends.GetBackendsAsync();
        await first.User.GetCurrentUserAsync();
        Assert.True(first.HasOpenClients);

        var second = first.WithOrganization("org-next");
        slot.Replace(second);

        Assert.False(first.HasOpenClients);
        Assert.Same(second, slot.Connection);
        Assert.NotEmpty(await first.Quantum.Backends.GetBackendsAsync());
        slot.Replace(null);
        Assert.Null(slot.Connection);
        Assert.False(second.HasOpenClients);
        first.Dispose();
    }

    [Fact]
    public async Task Setting_the_same_connection_again_keeps_it_open()
    {
        var slot = new ConnectionSlot<QHubConnection>();
        using var connection = await ConnectedAsync();
        slot.Replace(connection);
        await connection.Quantum.Backends.GetBackendsAsync();
        slot.Replace(connection);
        Assert.True(connection.HasOpenClients);
    }
}
