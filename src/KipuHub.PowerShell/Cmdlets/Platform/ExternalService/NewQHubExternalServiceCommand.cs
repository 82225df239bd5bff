using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Registers a service hosted elsewhere with its URL and OpenAPI document; -Credential for basic authentication.</summary>
[Cmdlet(VerbsCommon.New, "QHubExternalService", HelpUri = HelpUris.Base + "New-QHubExternalService.md", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogService))]
public sealed class NewQHubExternalServiceCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter(Mandatory = true)] public Uri? Url { get; set; }

    /// <summary>The service's OpenAPI document (JSON or YAML), uploaded streamed.</summary>
    [Parameter(Mandatory = true)][ValidateNotNullOrEmpty] public string? ApiDefinition { get; set; }

    [Parameter] public string? Description { get; set; }

    /// <summary>The user name and password the Hub calls the service with (basic authentication).</summary>
    [Parameter][Credential] public PSCredential? Credential { get; set; }

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord()
    {
        var file = ExistingFile(ApiDefinition!);
        if (!ShouldProcess($"external service '{Name}' at {Url}", "Register")) return;
        var request = new CreateExternalServiceRequest { Name = Name!, Url = Url!.ToString(), Description = Description };
        var (user, password) = (Credential?.UserName, Credential is null ? null :
            KipuHub.PowerShell.Connection.SecureText.Plain(Credential.Password));
        ForTarget(Name, async token => await Platform.ExternalServices.CreateExternalServiceAsync(request, () => File.OpenRead(file),
            System.IO.Path.GetFileName(file), user, password, token), creates: true);
    }
}
