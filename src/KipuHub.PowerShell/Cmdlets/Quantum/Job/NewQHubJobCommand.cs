using System.Collections;
using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Inputs;
using KipuHub.PowerShell.Output;
using Job = KipuHub.Client.Quantum.Models.Job;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>
/// Submits a job, exactly once: if the answer is lost after the Hub got the request, the job is found by its
/// kqh-request tag and written as if the answer had come; only if it does not turn up does the error
/// (RequestOutcomeUnknown) name the tag to look for before submitting again.
/// </summary>
[Cmdlet(VerbsCommon.New, "QHubJob",
    HelpUri = HelpUris.Base + "New-QHubJob.md", SupportsShouldProcess = true, DefaultParameterSetName = InputSet)]
[OutputType(typeof(Job))]
public sealed class NewQHubJobCommand : QuantumCmdletBase
{
    const string InputSet = "Input", FileSet = "InputFile";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(BackendIdCompleter))]
    public string? BackendId { get; set; }

    [Parameter(Mandatory = true)]
    [ValidateRange(1, int.MaxValue)]
    public int Shots { get; set; }

    /// <summary>A hashtable, PSCustomObject, JSON string or KipuHub job input.</summary>
    [Parameter(Mandatory = true, ParameterSetName = InputSet)]
    [AllowEmptyString]
    public object? Input { get; set; }

    /// <summary>A JSON file (sent as its JSON) or a program text (sent as one string).</summary>
    [Parameter(Mandatory = true, ParameterSetName = FileSet)]
    [ValidateNotNullOrEmpty]
    public string? InputFile { get; set; }

    [Parameter][ArgumentCompleter(typeof(InputFormatCompleter))] public string? InputFormat { get; set; }
    [Parameter] public Hashtable? InputParams { get; set; }
    [Parameter] public string? Name { get; set; }
    [Parameter] public string[]? Tag { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SessionIdCompleter))]
    public string? SessionId { get; set; }

    [Parameter]
    [ValidateSet("QISKIT", "BRAKET", "PERCEVAL", "CLIENT")]
    public string? SdkProvider { get; set; }

    /// <summary>Refuses, before anything is sent, a job whose estimate (Measure-QHubJobCost) is above this amount in the
    /// backend's currency, or cannot be made.</summary>
    [Parameter]
    [ValidateRange(0, double.MaxValue)]
    public decimal? MaxCost { get; set; }

    /// <summary>No kqh-request tag on this job: if the answer is lost, it cannot be found again.</summary>
    [Parameter] public SwitchParameter NoRequestTag { get; set; }

    /// <summary>A key of your choosing (a run id and the job's place in it): a job made with the same key within 24 hours is
    /// returned instead of submitting and paying again, so a runbook run again after a crash makes only the jobs it had not.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateLength(1, 255)]
    public string? IdempotencyKey { get; set; }

    protected override string ErrorNoun => "Job";

    protected override void ProcessRecord()
    {
        var target = SessionId is null ? $"backend {BackendId}" : $"backend {BackendId} in session {SessionId}";
        JobInput input;
        object? inputParams;
        try
        {
            input = JobInputReader.FromParameters(this, InputFile, Input);
            inputParams = PowerShellValues.ToPlain(InputParams, "input_params");
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            Fail(e, new Errors.ErrorContext("Job", Creates: true), BackendId);
            return;
        }
        var request = new CreateJobRequest
        {
            BackendId = BackendId!,
            Shots = Shots,
            Input = input,
            Name = Name,
            InputFormat = InputFormat is null ? null : new JobInputFormat(InputFormat),
            InputParams = inputParams,
            Tags = Tag?.ToList(),
            SessionId = SessionId,
            SdkProvider = SdkProvider is null ? null : new JobSdkProvider(SdkProvider),
            TagRequest = NoRequestTag ? false : null,
        };
        var estimated = MaxCost is not null || MyInvocation.BoundParameters.ContainsKey("WhatIf");
        var estimate = estimated ? Estimate(request) : null;
        if (estimated && estimate is null) return;
        if (!ShouldProcess(target, $"Submit a job of {Counted.Of(Shots, "shot")}{JobCostText.Of(estimate)}")) return;
        if (MaxCost is { } limit && JobCostText.Refusal(estimate!, limit) is { } refusal)
        {
            ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(refusal.Message), refusal.ErrorId,
                ErrorCategory.LimitsExceeded, BackendId));
            return;
        }
        ForTarget(BackendId, token => CreateAsync(request, token), creates: true, refersTo: new[] { "Backend", "Session" },
            inSession: SessionId is not null);
    }

    async Task<object?> CreateAsync(CreateJobRequest request, CancellationToken token)
    {
        if (IdempotencyKey is null) return await Quantum.Jobs.CreateJobAsync(request, token);
        var (job, created) = await Quantum.Jobs.CreateJobOnceAsync(request, IdempotencyKey, token);
        if (!created) KipuHub.PowerShell.Connection.LogRouting.Write(new Client.Core.HubLogEntry(Client.Core.HubLogLevel.Verbose,
            $"Job {job.Id} was made with this idempotency key at {job.CreatedAt:u}; it is returned, and nothing is submitted."));
        return job;
    }

    // The estimate -MaxCost and -WhatIf need: null (the error written) when the backend cannot be read.
    Client.Quantum.Costs.JobCostEstimate? Estimate(CreateJobRequest request)
    {
        try
        {
            var backend = Run(token => Quantum.Backends.GetBackendAsync(request.BackendId, token));
            return Client.Quantum.Costs.JobCostEstimate.For(backend, request);
        }
        catch (Exception e) when (e is not PipelineStoppedException)
        {
            Fail(e, new Errors.ErrorContext("Backend"), request.BackendId);
            return null;
        }
    }
}
