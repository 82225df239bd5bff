using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>
/// The services of the marketplace, by listing id or all; -ApiSpec gets a listed service's OpenAPI document.
/// A listing's GatewayEndpoint binds to Connect-QHubService -Uri.
/// </summary>
[Cmdlet(VerbsCommon.Get, "QHubMarketplaceListing",
    HelpUri = HelpUris.Base + "Get-QHubMarketplaceListing.md", DefaultParameterSetName = ListSet)]
[OutputType(typeof(MarketplaceListing), typeof(PSObject))]
public sealed class GetQHubMarketplaceListingCommand : PlatformCmdletBase
{
    const string ListSet = "List", IdSet = "Id", SpecSet = "ApiSpec";

    [Parameter(Position = 0, ParameterSetName = ListSet)]
    [SupportsWildcards]
    public string? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, ParameterSetName = SpecSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ListingIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The listed service's OpenAPI document instead of the listing.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SpecSet)]
    public SwitchParameter ApiSpec { get; set; }

    protected override string ErrorNoun => "Listing";


    protected override void ProcessRecord()
    {
        var marketplace = Platform.Marketplace;
        switch (ParameterSetName)
        {
            case IdSet:
                ForEachId(Id, async (id, token) => await marketplace.FindServiceAsync(id, token));
                break;
            case SpecSet:
                ForEachId(Id, async (id, token) => PlainObjects.ToPowerShell((await marketplace.GetApiSpecAsync(id, token)).Value));
                break;
            default:
                var pattern = new WildcardPattern(Name ?? "*", WildcardOptions.IgnoreCase);
                ForTarget("marketplace", async token => (await marketplace.FindServicesAsync(token)).Where(l =>
                    pattern.IsMatch(l.Name ?? "")).ToList());
                break;
        }
    }
}
