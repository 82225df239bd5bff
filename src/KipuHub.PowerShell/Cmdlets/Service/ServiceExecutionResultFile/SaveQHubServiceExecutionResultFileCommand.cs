using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>
/// Downloads result files of executions into a folder, streamed with flat memory; a file appears only when
/// complete. -Name picks files, -All takes every file of the result.
/// </summary>
[Cmdlet(VerbsData.Save, "QHubServiceExecutionResultFile",
    HelpUri = HelpUris.Base + "Save-QHubServiceExecutionResultFile.md", SupportsShouldProcess = true, DefaultParameterSetName = NameSet)]
[OutputType(typeof(FileInfo))]
public sealed class SaveQHubServiceExecutionResultFileCommand : ServiceCmdletBase
{
    const string NameSet = "Name", AllSet = "All";
    string? folder;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true, ParameterSetName = NameSet)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true, ParameterSetName = AllSet)]
    public SwitchParameter All { get; set; }

    /// <summary>The folder to save into; each file keeps its name.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Overwrite existing files.</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "ServiceExecutionResult";

    // SessionState belongs to the pipeline thread; the downloads run on the thread pool.
    protected override void Begin()
    {
        base.Begin();
        folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
    }

    // Each file is a target of its own: a refused or failed one is an error naming it, and the other files are saved.
    protected override void ProcessRecord()
    {
        foreach (var id in Id)
        {
            if (!ShouldProcess(folder!, $"Save result files of service execution {id}")) continue;
            // One error for a missing folder, not one per file.
            if (!Directory.Exists(folder))
            {
                Fail(ServerFileName.MissingFolder(folder!), new Errors.ErrorContext(ErrorNoun), id);
                continue;
            }
            var names = All ? null : Name;
            if (All) ForTarget(id, async token =>
            {
                names = (await Api.GetResultAsync(id, token)).Files.Keys.ToArray();
                return null;
            });
            if (names is null) continue;
            ExpectTargets(Id.Length * names.Length);
            foreach (var name in names) ForTarget(id, token => SaveFileAsync(id, name, token));
        }
    }

    async Task<object?> SaveFileAsync(string id, string name, CancellationToken token)
    {
        var path = ServerFileName.PathInFolder(folder!, name, "result file name");
        using var response = await Api.GetResultFileAsync(id, name, token);
        await AtomicFileDownload.SaveAsync(response.Content, path, Force, cancellationToken: token);
        return PassThru ? new FileInfo(path) : null;
    }
}
