using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Credits and charges over a period, newest first; with -JobId (or jobs piped in), what those jobs cost.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBillingHistory", HelpUri = HelpUris.Base + "Get-QHubBillingHistory.md")]
[OutputType(typeof(BillingHistoryEntry))]
public sealed class GetQHubBillingHistoryCommand : PlatformCmdletBase
{
    // The Hub's job carries no price: its charge in the history is where a job's cost is, read once for all jobs piped in.
    readonly HashSet<string> jobIds = new(StringComparer.Ordinal);

    [Parameter] public DateTimeOffset? From { get; set; }
    [Parameter] public DateTimeOffset? To { get; set; }

    /// <summary>Only the charges of these jobs; a job on the pipeline binds by its Id.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string[]? JobId { get; set; }

    protected override string ErrorNoun => "Billing";

    protected override void Begin()
    {
        EnsurePeriod(From, To);
        base.Begin();
    }

    protected override void ProcessRecord()
    {
        if (JobId is null)
            ForTarget(Context, async token => await Platform.Billing.GetBillingHistoryAsync(From, To, token));
        else
            jobIds.UnionWith(JobId);
    }

    protected override void EndProcessing()
    {
        if (jobIds.Count == 0) return;
        ForTarget(Context, async token => (await Platform.Billing.GetBillingHistoryAsync(From, To, token))
            .Where(entry => entry.JobId is not null && jobIds.Contains(entry.JobId)).ToList());
    }
}
