using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Uploads files into a data pool, streamed; a data pool from the pipeline binds by its Id.</summary>
[Cmdlet(VerbsCommon.Add, "QHubDataPoolFile", SupportsShouldProcess = true)]
[OutputType(typeof(DataPoolFile))]
public sealed class AddQHubDataPoolFileCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string? DataPoolId { get; set; }

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPoolFile";

    protected override int TargetCount => Path.Length;

    protected override void ProcessRecord()
    {
        // Resolved here, on the pipeline thread; the uploads run on the thread pool.
        var files = Path.Select(p => SessionState.Path.GetUnresolvedProviderPathFromPSPath(p)).ToList();
        ForEachId(files, file => ShouldProcess(file, $"Upload into data pool {DataPoolId}"), async (file, token) =>
        {
            if (!File.Exists(file)) throw new FileNotFoundException($"The file '{file}' does not exist.", file);
            return await Platform.DataPools.AddDataPoolFileAsync(DataPoolId!, () => File.OpenRead(file), System.IO.Path.GetFileName(file), MediaTypes.OfFile(file), token);
        });
    }
}

/// <summary>Lists the files of data pools; a data pool from the pipeline binds by its Id.</summary>
[Cmdlet(VerbsCommon.Get, "QHubDataPoolFile")]
[OutputType(typeof(DataPoolFile))]
public sealed class GetQHubDataPoolFileCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[] DataPoolId { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPool";

    protected override int TargetCount => DataPoolId.Length;

    protected override void ProcessRecord() =>
        ForEachId(DataPoolId, _ => true, async (id, token) => await Platform.DataPools.GetDataPoolFilesAsync(id, token));
}

/// <summary>Downloads data pool files into a folder, streamed; each appears only when complete. Files bind from the pipeline.</summary>
[Cmdlet(VerbsData.Save, "QHubDataPoolFile", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveQHubDataPoolFileCommand : QHubPlatformCmdlet
{
    string? folder;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? DataPoolId { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("FileId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>The file's name in the folder; by default its name in the pool.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Name { get; set; }

    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    [Parameter] public SwitchParameter Force { get; set; }
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "DataPoolFile";

    // SessionState belongs to the pipeline thread; the downloads run on the thread pool.
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
    }

    protected override void ProcessRecord()
    {
        if (!ShouldProcess(folder!, $"Save file {Id} of data pool {DataPoolId}")) return;
        ForTarget(Id, async token =>
        {
            var name = Name ?? (await Platform.DataPools.GetDataPoolFilesAsync(DataPoolId!, token)).FirstOrDefault(f => f.Id == Id)?.Name ?? Id!;
            var target = AtomicFileDownload.PathInFolder(folder!, name);
            using var response = await Platform.DataPools.GetDataPoolFileAsync(DataPoolId!, Id!, token);
            await AtomicFileDownload.SaveAsync(response.Content, target, Force, cancellationToken: token);
            return PassThru ? new FileInfo(target) : null;
        });
    }
}

/// <summary>Deletes files of a data pool; files from the pipeline bind by their Id and DataPoolId.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubDataPoolFile", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubDataPoolFileCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? DataPoolId { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("FileId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPoolFile";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"file {id} of data pool {DataPoolId}", "Delete"), async (id, token) =>
        {
            await Platform.DataPools.DeleteDataPoolFileAsync(DataPoolId!, id, token);
            return null;
        });
}
