namespace KipuHub.Tests.Unit.Support;

/// <summary>A hostile Hub per test and a hosted PowerShell connected to it (without validation: the Hub answers what a test makes
/// it answer).</summary>
public abstract class HostileHubFixture : IAsyncLifetime
{
    protected HostileHub Hub { get; private set; } = null!;
    protected HostedShell Shell { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Hub = await HostileHub.StartAsync();
        Shell = HostedShell.WithModule();
        Shell.Run("param($e) Connect-QHub -Endpoint $e -SkipValidation -Token (ConvertTo-SecureString 'hostile-test-token-1' -AsPlainText -Force)",
            Hub.Endpoint);
    }

    public virtual async Task DisposeAsync()
    {
        Shell.Run("Disconnect-QHub");
        Shell.Dispose();
        await Hub.DisposeAsync();
    }
}
