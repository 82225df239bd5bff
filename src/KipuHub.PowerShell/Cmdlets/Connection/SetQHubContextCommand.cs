using System.Management.Automation;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Connection;

/// <summary>Switches the current connection to another organization, or back to the personal context.</summary>
[Cmdlet(VerbsCommon.Set, "QHubContext", SupportsShouldProcess = true, DefaultParameterSetName = OrganizationSet)]
[OutputType(typeof(QHubConnection))]
public sealed class SetQHubContextCommand : QHubCmdlet
{
    const string OrganizationSet = "Organization", PersonalSet = "Personal";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = OrganizationSet)]
    [ValidateNotNullOrEmpty]
    public string? OrganizationId { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = PersonalSet)]
    public SwitchParameter Personal { get; set; }

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        var target = Personal ? "the personal context" : "organization " + OrganizationId;
        if (!ShouldProcess(target, "Switch the Kipu Quantum Hub context")) return;
        var switched = Hub.WithOrganization(Personal ? null : OrganizationId);
        CurrentConnection.Set(switched);
        if (PassThru) WriteObject(switched);
    }
}
