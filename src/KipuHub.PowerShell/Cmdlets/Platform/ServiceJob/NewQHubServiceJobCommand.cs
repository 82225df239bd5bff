using System.Management.Automation;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Runs a version of one of the context's catalog services as a service job.</summary>
[Cmdlet(VerbsCommon.New, "QHubServiceJob", HelpUri = HelpUris.Base + "New-QHubServiceJob.md", SupportsShouldProcess = true)]
[OutputType(typeof(ServiceJob))]
public sealed class NewQHubServiceJobCommand : PlatformCmdletBase
{
    /// <summary>The service version's id (a service's LatestVersion.Id or one of its Versions).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceVersionIdCompleter))]
    public string? VersionId { get; set; }

    /// <summary>The input: a hashtable, an object, or JSON text of an object.</summary>
    [Parameter]
    [Alias("InputData")]
    public object? Input { get; set; }

    /// <summary>Parameters of the run: a hashtable, an object, or JSON text of an object.</summary>
    [Parameter]
    public object? Parameters { get; set; }

    [Parameter] public SwitchParameter PersistResult { get; set; }

    protected override string ErrorNoun => "ServiceJob";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"service version {VersionId}", "Start a service job")) return;
        string? input, parameters;
        try
        {
            (input, parameters) = (AsJsonText(Input, "-Input"), AsJsonText(Parameters, "-Parameters"));
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "InvalidServiceJobInput", ErrorCategory.InvalidArgument, VersionId));
            return;
        }
        var request = new CreateServiceJobRequest
        {
            ServiceDefinitionId = VersionId!,
            InputData = input,
            Parameters = parameters,
            PersistResult = PersistResult ? true : null
        };
        ForTarget(VersionId, async token => await Platform.ServiceJobs.CreateServiceJobAsync(request, token), creates: true,
            refersTo: new[] { "ServiceVersion" });
    }

    // The 2024 API takes input and parameters as JSON text; objects are converted as every cmdlet converts them.
    static string? AsJsonText(object? value, string parameter) =>
        JsonObjectText.Of(value is not null && PSObject.AsPSObject(value).BaseObject is string text ? text :
            PowerShellValues.ToPlain(value, parameter), parameter);
}
