using System.Management.Automation;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>Switches the current connection to another organization, back to the personal context, or to another
/// connection (one from Connect-QHub -Scope None or -PassThru) as it is.</summary>
[Cmdlet(VerbsCommon.Set, "QHubContext",
    HelpUri = HelpUris.Base + "Set-QHubContext.md", SupportsShouldProcess = true, DefaultParameterSetName = ConnectionSet)]
[OutputType(typeof(QHubConnection))]
public sealed class SetQHubContextCommand : HubCmdletBase
{
    const string OrganizationSet = "Organization", PersonalSet = "Personal", ConnectionSet = "Connection";
    QHubConnection? hub;

    /// <summary>A connection from Connect-QHub -PassThru or -Scope None; by default the current one of this session. Alone,
    /// it becomes the current connection as it is.</summary>
    [Parameter(ParameterSetName = OrganizationSet)]
    [Parameter(ParameterSetName = PersonalSet)]
    [Parameter(Mandatory = true, ParameterSetName = ConnectionSet)]
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
        if (ParameterSetName == ConnectionSet)
        {
            if (!ShouldProcess(Connection!.ToString(), "Make it the current connection")) return;
            CurrentConnection.Set(Connection);
            if (PassThru) WriteObject(Connection);
            return;
        }
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
