using System.Management.Automation;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets service jobs by id, or lists those of the context page by page, newest first.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceJob", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(ServiceJob))]
public sealed class GetQHubServiceJobCommand : QHubPlatformCmdlet
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceJobId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "ServiceJob";

    protected override int TargetCount => Math.Max(Id.Length, 1);

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, _ => true, async (id, token) => await Platform.ServiceJobs.GetServiceJobAsync(id, token));
        else WritePages(page => Platform.ServiceJobs.ListServiceJobs(PageSize, page), PageSize, All, new Errors.ErrorContext("ServiceJob"), null);
    }
}

/// <summary>Runs a version of one of the context's catalog services as a service job.</summary>
[Cmdlet(VerbsCommon.New, "QHubServiceJob", SupportsShouldProcess = true)]
[OutputType(typeof(ServiceJob))]
public sealed class NewQHubServiceJobCommand : QHubPlatformCmdlet
{
    /// <summary>The service version's id (a service's LatestVersion.Id or one of its Versions).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? VersionId { get; set; }

    /// <summary>The input: a hashtable, an object, or JSON text of an object.</summary>
    [Parameter]
    public object? InputData { get; set; }

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
            (input, parameters) = (AsJsonText(InputData, "-InputData"), AsJsonText(Parameters, "-Parameters"));
        }
        catch (ArgumentException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "InvalidServiceJobInput", ErrorCategory.InvalidArgument, VersionId));
            return;
        }
        var request = new CreateServiceJobRequest { ServiceDefinitionId = VersionId!, InputData = input, Parameters = parameters, PersistResult = PersistResult ? true : null };
        ForTarget(VersionId, async token => await Platform.ServiceJobs.CreateServiceJobAsync(request, token), creates: true);
    }

    // The 2024 API takes input and parameters as JSON text; objects are converted as every cmdlet converts them.
    static string? AsJsonText(object? value, string parameter) =>
        JsonObjectText.Of(value is not null && PSObject.AsPSObject(value).BaseObject is string text ? text : PowerShellValues.ToPlain(value, parameter), parameter);
}

/// <summary>Requests the cancellation of service jobs; -PassThru writes each job as the catalog answered.</summary>
[Cmdlet(VerbsLifecycle.Stop, "QHubServiceJob", SupportsShouldProcess = true)]
[OutputType(typeof(ServiceJob))]
public sealed class StopQHubServiceJobCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceJobId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "ServiceJob";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"service job {id}", "Cancel"), async (id, token) =>
    {
        var job = await Platform.ServiceJobs.CancelServiceJobAsync(id, token);
        return PassThru ? job : null;
    });
}

/// <summary>Deletes ended service jobs; one still running is ServiceJobConflict until stopped.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubServiceJob", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubServiceJobCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceJobId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "ServiceJob";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"service job {id}", "Delete"), async (id, token) =>
    {
        await Platform.ServiceJobs.DeleteServiceJobAsync(id, token);
        return null;
    });
}
