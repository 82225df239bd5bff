using System.Management.Automation;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>Switches the current connection to another organization, or back to the personal context.</summary>
[Cmdlet(VerbsCommon.Set, "QHubContext",
    HelpUri = HelpUris.Base + "Set-QHubContext.md", SupportsShouldProcess = true, DefaultParameterSetName = OrganizationSet)]
[OutputType(typeof(QHubConnection))]
public sealed class SetQHubContextCommand : HubCmdletBase
{
    const string OrganizationSet = "Organization", PersonalSet = "Personal";
    QHubConnection? hub;

    /// <summary>A connection from Connect-QHub -PassThru; by default the current one of this session.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = OrganizationSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? OrganizationId { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = PersonalSet)]
    public SwitchParameter Personal { get; set; }

    [Parameter] public SwitchParameter PassThru { get; set; }

    /// <summary>Switches without asking the Hub whether the organization is one of yours.</summary>
    [Parameter] public SwitchParameter SkipValidation { get; set; }

    protected override void EndProcessing()
    {
        var target = Personal ? "the personal context" : "organization " + OrganizationId;
        if (!ShouldProcess(target, "Switch the Kipu Quantum Hub context")) return;
        hub ??= ResolveHub(this, Connection);
        var switched = hub.WithOrganization(Personal ? null : OrganizationId);
        if (!SkipValidation)
        {
            try
            {
                Run(token => ConnectionFactory.VerifyOrganizationAsync(switched, token));
            }
            catch (Exception e) when (e is not PipelineStoppedException)
            {
                // The context stays as it was: a wrong organization never becomes the current one.
                Fail(e, new ErrorContext("Organization"), OrganizationId);
                return;
            }
        }
        CurrentConnection.Set(switched);
        if (PassThru) WriteObject(switched);
    }
}
