using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using Job = KipuHub.Client.Quantum.Models.Job;
using KipuHub.PowerShell.Cmdlets.Common;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Base of the job cmdlets: job ids from -Id or piped jobs; -ServiceExecutionId for an execution's jobs.</summary>
public abstract class JobIdCmdlet : ServiceExecutionIdCmdlet
{
    protected override string ErrorNoun => "Job";
}

/// <summary>The status of jobs: cheaper to poll than Get-QHubJob.</summary>
[Cmdlet(VerbsCommon.Get, "QHubJobStatus")]
[OutputType(typeof(JobStatusResponse))]
public sealed class GetQHubJobStatusCommand : JobIdCmdlet
{
    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        var status = ServiceExecutionId is { } execution
            ? await Hub.Quantum.Jobs.GetServiceExecutionJobStatusAsync(execution, id, token)
            : await Hub.Quantum.Jobs.GetJobStatusAsync(id, token);
        return PlainObjects.WithNote(status, "JobId", id);
    }
}

/// <summary>The input of jobs exactly as submitted.</summary>
[Cmdlet(VerbsCommon.Get, "QHubJobInput")]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class GetQHubJobInputCommand : JobIdCmdlet
{
    /// <summary>The JSON text instead of an object.</summary>
    [Parameter] public SwitchParameter Raw { get; set; }

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        var input = ServiceExecutionId is { } execution
            ? await Hub.Quantum.Jobs.GetServiceExecutionJobInputAsync(execution, id, token)
            : await Hub.Quantum.Jobs.GetJobInputAsync(id, token);
        return Raw ? input.Text : PlainObjects.ToPowerShell(input.Value, "KipuHub.JobInput");
    }
}

/// <summary>The calibration captured when jobs ran; nothing when there is none.</summary>
[Cmdlet(VerbsCommon.Get, "QHubJobCalibration")]
[OutputType(typeof(CalibrationResponse))]
public sealed class GetQHubJobCalibrationCommand : JobIdCmdlet
{
    protected override async Task<object?> ForIdAsync(string id, CancellationToken token) =>
        ServiceExecutionId is { } execution
            ? await Hub.Quantum.Jobs.GetServiceExecutionJobCalibrationAsync(execution, id, token)
            : await Hub.Quantum.Jobs.GetJobCalibrationAsync(id, token);
}

/// <summary>Requests the cancellation of jobs: they go to CANCELLING, then CANCELLED.</summary>
[Cmdlet(VerbsLifecycle.Stop, "QHubJob", SupportsShouldProcess = true)]
[OutputType(typeof(Job))]
public sealed class StopQHubJobCommand : JobIdCmdlet
{
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override bool Confirm(string id) => ShouldProcess($"job {id}", "Cancel");

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        var jobs = Hub.Quantum.Jobs;
        if (ServiceExecutionId is { } execution)
        {
            await jobs.CancelServiceExecutionJobAsync(execution, id, token);
            return PassThru ? await jobs.GetServiceExecutionJobAsync(execution, id, token) : null;
        }
        await jobs.CancelJobAsync(id, token);
        return PassThru ? await jobs.GetJobAsync(id, token) : null;
    }
}

/// <summary>The result of finished jobs, as an object (or the JSON text with -Raw).</summary>
[Cmdlet(VerbsCommunications.Receive, "QHubJobResult")]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class ReceiveQHubJobResultCommand : JobIdCmdlet
{
    [Parameter] public SwitchParameter Raw { get; set; }

    protected override string ErrorNoun => "JobResult";

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        string text;
        if (ServiceExecutionId is { } execution)
        {
            // The execution-scoped API has only the stream variant.
            using var stream = await Hub.Quantum.Jobs.GetServiceExecutionJobResultStreamAsync(execution, id, token);
            using var reader = new StreamReader(stream.Content);
            text = await reader.ReadToEndAsync();
        }
        else
        {
            text = (await Hub.Quantum.Jobs.GetJobResultAsync(id, token)).Text;
        }
        if (Raw) return text;
        var parsed = PlainObjects.ToPowerShell(new Client.Core.JsonContent(text).Value, "KipuHub.JobResult");
        return parsed is PSObject result ? PlainObjects.WithNote(result, "JobId", id) : parsed;
    }
}
