using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Whether the principal may run on a backend now: $true or $false, or with -Detailed each check and its reason.</summary>
[Cmdlet(VerbsDiagnostic.Test, "QHubEligibility", HelpUri = HelpUris.Base + "Test-QHubEligibility.md")]
[OutputType(typeof(bool), typeof(Eligibility))]
public sealed class TestQHubEligibilityCommand : PlatformCmdletBase
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(BackendIdCompleter))]
    public string? BackendId { get; set; }

    [Parameter] public SwitchParameter Detailed { get; set; }

    protected override string ErrorNoun => "Eligibility";

    protected override void ProcessRecord()
    {
        Eligibility eligibility;
        try
        {
            eligibility = Run(token => Platform.Eligibility.CheckAsync(BackendId, token));
        }
        catch (Exception e) when (e is not PipelineStoppedException and not PipelineClosedException)
        {
            Fail(e, new Errors.ErrorContext(ErrorNoun), BackendId);
            return;
        }
        // On the pipeline thread: why a $false is false, for -Verbose.
        foreach (var failed in eligibility.Checks?.Where(c => !c.Passed) ??
            Enumerable.Empty<EligibilityCheck>()) WriteVerbose(failed.ToString());
        WriteObject(Detailed ? eligibility : eligibility.Eligible);
    }
}
