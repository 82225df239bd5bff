using System.Management.Automation;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using Job = KipuHub.Client.Quantum.Models.Job;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Lists jobs page by page, gets jobs by id, or lists the jobs of a session.</summary>
[Cmdlet(VerbsCommon.Get, "QHubJob", HelpUri = HelpUris.Base + "Get-QHubJob.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Job))]
public sealed class GetQHubJobCommand : QuantumCmdletBase
{
    const string ListSet = "List", IdSet = "Id", SessionSet = "Session", PipedSessionSet = "SessionObject";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("JobId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true, ParameterSetName = SessionSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SessionIdCompleter))]
    public string? SessionId { get; set; }

    /// <summary>A session, piped (Get-QHubSession | Get-QHubJob): its jobs. Bound by type before any property, so that a
    /// session's Id is never taken for a job's.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PipedSessionSet)]
    public Session? Session { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    /// <summary>Spring-style orders, newest first by default: "created_at,desc", "name,asc".</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ArgumentCompleter(typeof(QuantumSortCompleter))]
    public string[] Sort { get; set; } = { "created_at,desc" };

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    /// <summary>Every job, not only the first page.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    /// <summary>Only jobs that carry any of these tags (New-QHubJob -Tag), newest first.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string[]? Tag { get; set; }

    /// <summary>Only jobs made at or after this time, newest first: the listing ends at the first older job.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public DateTime? Since { get; set; }

    protected override string ErrorNoun => ParameterSetName is SessionSet or PipedSessionSet ? "Session" : "Job";

    protected override void ProcessRecord()
    {
        var jobs = Quantum.Jobs.For(ServiceExecutionId);
        switch (ParameterSetName)
        {
            case IdSet:
                ForEachId(Id, async (id, token) => await jobs.GetJobAsync(id, token));
                break;
            case SessionSet or PipedSessionSet:
                var sessionId = Session?.Id ?? SessionId!;
                ForTarget(sessionId, async token => await Quantum.Sessions.For(ServiceExecutionId).GetSessionJobsAsync(sessionId, token));
                break;
            default:
                var filter = Tag is null && Since is null ? null : new JobFilter
                {
                    Tags = Tag,
                    Since = Since is { } since ? new DateTimeOffset(since.ToUniversalTime(), TimeSpan.Zero) : null,
                };
                WritePages(page => jobs.ListJobs(PageSize, Sort, page, filter), PageSize, All, new Errors.ErrorContext("Job"), null,
                    pagesAreFiltered: filter is not null);
                break;
        }
    }
}
