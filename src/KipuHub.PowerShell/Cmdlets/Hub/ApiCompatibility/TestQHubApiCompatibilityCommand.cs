using System.Management.Automation;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.OpenApi;
using KipuHub.PowerShell.Compatibility;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;
using P = KipuHub.Client.Platform.PlatformRoutes;
using Q = KipuHub.Client.Quantum.QuantumRoutes;
using U = KipuHub.Client.User.UserRoutes;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>
/// Holds every operation the module uses to the OpenAPI document each Hub API serves: one row per operation, with
/// the cmdlets that call it and whether the live Hub documents it where KipuHub sends it.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "QHubApiCompatibility", HelpUri = HelpUris.Base + "Test-QHubApiCompatibility.md")]
[OutputType(typeof(OperationCompatibility))]
public sealed class TestQHubApiCompatibilityCommand : HubCmdletBase
{
    QHubConnection? hub;

    /// <summary>A connection from Connect-QHub -PassThru; by default the current one of this session.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    /// <summary>The APIs to check; all three by default (the gateway's operations were all seen in a public SDK).</summary>
    [Parameter(Position = 0)]
    [ValidateSet("Quantum", "Platform", "User")]
    public HubApi[] Api { get; set; } = { HubApi.Quantum, HubApi.Platform, HubApi.User };

    /// <summary>Reads the documents again instead of those this connection keeps.</summary>
    [Parameter] public SwitchParameter Refresh { get; set; }

    protected override string ErrorNoun => "ApiDocument";

    QHubConnection Hub => hub ??= ResolveHub(this, Connection);

    protected override void Begin() => _ = Hub;

    protected override void ProcessRecord()
    {
        foreach (var api in Api.Distinct())
        {
            OpenApiDocument document;
            try
            {
                document = Run(token => Hub.Catalog(api).GetAsync(Refresh, token));
            }
            catch (Exception e) when (e is not PipelineStoppedException and not PipelineClosedException and not UnauthorizedException
                and not ForbiddenException)
            {
                Unavailable(api, e);
                continue;
            }
            catch (HubApiException e)
            {
                // 401 and 403: the token's fault, whatever the API; Fail stops the script.
                Fail(e, new Errors.ErrorContext(ErrorNoun), api.ToString());
                continue;
            }
            var rows = RoutesOf(api).Select(route => new OperationCompatibility(api.ToString(), DocumentedRoute.Find(document, route),
                CmdletRoutes.Of(route))).ToList();
            WriteVerbose($"{api}: {Counted.Of(rows.Count, "operation")}, {Count(rows, RouteStatus.Documented)} documented, " +
                $"{Count(rows, RouteStatus.Moved)} moved, {Count(rows, RouteStatus.Undocumented)} undocumented.");
            WriteObject(rows, enumerateCollection: true);
        }
    }

    static IEnumerable<Route> RoutesOf(HubApi api) => (api switch
    {
        HubApi.Quantum => Q.All,
        HubApi.Platform => P.All,
        _ => U.All,
    }).Where(route => route.OperationId != "docs");

    static int Count(IEnumerable<OperationCompatibility> rows, RouteStatus status) => rows.Count(r => r.Status == status.ToString());

    void Unavailable(HubApi api, Exception error)
    {
        var record = new ErrorRecord(
            new InvalidOperationException($"The {api} API serves no document KipuHub can read at {Hub.Transport(api).BaseUrl}docs " +
                $"({error.Message}), so its operations cannot be checked. Every route stays as KipuHub's table has it.", error),
            "ApiDocumentUnavailable", ErrorCategory.ResourceUnavailable, api.ToString());
        if (Api.Length <= 1) ThrowTerminatingError(record);
        WriteError(record);
    }
}
