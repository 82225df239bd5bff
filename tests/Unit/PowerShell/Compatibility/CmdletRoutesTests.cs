using KipuHub.Client.Platform;
using KipuHub.Client.Quantum;
using KipuHub.Client.User;
using KipuHub.PowerShell.Compatibility;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Compatibility;

/// <summary>The Cmdlet column of Test-QHubApiCompatibility: every route has its cmdlets, and every name is a cmdlet.</summary>
[Trait("Category", "Static")]
public sealed class CmdletRoutesTests
{
    [Fact]
    public void Every_route_of_the_three_Hub_APIs_is_called_by_a_cmdlet_or_listed_as_the_client_librarys_alone()
    {
        var routes = QuantumRoutes.All.Concat(PlatformRoutes.All).Concat(UserRoutes.All).Where(r => r.OperationId != "docs");
        var orphans = routes.Where(r => CmdletRoutes.Of(r).Count == 0 && !CmdletRoutes.ClientOnly.Contains(r)).Select(r => r.HubOperationId).ToList();
        Assert.True(orphans.Count == 0, $"No cmdlet is listed for: {string.Join(", ", orphans)}");
        var both = CmdletRoutes.ClientOnly.Where(r => CmdletRoutes.Of(r).Count > 0).Select(r => r.HubOperationId).ToList();
        Assert.True(both.Count == 0, $"Listed as client-only and for a cmdlet: {string.Join(", ", both)}");
    }

    [Fact]
    public void Every_cmdlet_named_is_one_the_module_exports()
    {
        using var metadata = new CmdletMetadata();
        var exported = metadata.Cmdlets.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = CmdletRoutes.ByCmdlet.Keys.Where(name => !exported.Contains(name)).ToList();
        Assert.True(unknown.Count == 0, $"Not cmdlets of the module: {string.Join(", ", unknown)}");
    }
}
