using System.Management.Automation;
using KipuHub.Client.Quantum.Costs;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>
/// What a job would cost, before it is submitted: from the backend's price model and, for gate prices, the gates of its
/// input; or what a job that exists would cost again (piped from Get-QHubJob). Nothing is submitted.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "QHubJobCost", HelpUri = HelpUris.Base + "Measure-QHubJobCost.md", DefaultParameterSetName = InputSet)]
[OutputType(typeof(JobCostEstimate))]
public sealed class MeasureQHubJobCostCommand : QuantumCmdletBase
{
    const string InputSet = "Input", FileSet = "InputFile", JobSet = "Job";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(BackendIdCompleter))]
    public string? BackendId { get; set; }

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, int.MaxValue)]
    public int Shots { get; set; }

    /// <summary>A hashtable, PSCustomObject, JSON string (an OpenQASM program too) or KipuHub job input.</summary>
    [Parameter(Mandatory = true, ParameterSetName = InputSet)]
    [AllowEmptyString]
    public object? Input { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = FileSet)]
    [ValidateNotNullOrEmpty]
    public string? InputFile { get; set; }

    /// <summary>A job that exists: its input is read from the Hub (a job on the pipeline binds by its Id).</summary>
    [Parameter(Mandatory = true, ParameterSetName = JobSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string? JobId { get; set; }

    protected override string ErrorNoun => "Backend";

    protected override void ProcessRecord()
    {
        JobInput? input = null;
        try
        {
            if (ParameterSetName != JobSet) input = JobInputReader.FromParameters(this, InputFile, Input);
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            Fail(e, new Errors.ErrorContext("Job"), BackendId);
            return;
        }
        ForTarget(BackendId, async token =>
        {
            input ??= JobInput.FromJson((await Quantum.Jobs.GetJobInputAsync(JobId!, token)).Text);
            var backend = await Quantum.Backends.GetBackendAsync(BackendId!, token);
            return JobCostEstimate.For(backend, new CreateJobRequest { BackendId = BackendId!, Shots = Shots, Input = input });
        });
    }
}
