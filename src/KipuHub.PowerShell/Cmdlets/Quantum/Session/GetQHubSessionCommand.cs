using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>
/// Gets sessions by id, or lists them newest first from the workload listing (the Quantum API has no session
/// listing of its own): listed sessions carry the listing's fields; -Id gets the whole session.
/// </summary>
[Cmdlet(VerbsCommon.Get, "QHubSession",
    HelpUri = HelpUris.Base + "Get-QHubSession.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Session))]
public sealed class GetQHubSessionCommand : QuantumCmdletBase
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("SessionId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SessionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Only the sessions of this managed-service execution.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ArgumentCompleter(typeof(QuantumSortCompleter))]
    public string[] Sort { get; set; } = { "created_at,desc" };

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    /// <summary>Every session, not only the newest -PageSize.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "Session";

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet)
        {
            ForEachId(Id, async (id, token) => await Quantum.Sessions.GetSessionAsync(id, token));
            return;
        }
        WritePages(_ => Quantum.Sessions.For(ServiceExecutionId).ListSessions(PageSize, Sort),
            PageSize, All, new ErrorContext("Session"), ServiceExecutionId, pagesAreFiltered: true);
    }
}
