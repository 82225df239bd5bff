using System.IO.Compression;
using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>A cmdlet that uploads a service's source from -Path: a zip as it is, a folder zipped first into a temporary file.</summary>
public abstract class ServiceSourceCmdlet : QHubPlatformCmdlet
{
    /// <summary>A folder with the service's source, or a zip of it.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    string? source;

    // Resolved on the pipeline thread; the upload runs on the thread pool.
    protected override void BeginProcessing()
    {
        source = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        if (!File.Exists(source) && !Directory.Exists(source))
            ThrowTerminatingError(new ErrorRecord(new FileNotFoundException($"'{source}' is neither a folder nor a zip file.", source), "FileNotFound", ErrorCategory.ObjectNotFound, source));
        base.BeginProcessing();
    }

    protected string SourceName => System.IO.Path.GetFileName(source!.TrimEnd(System.IO.Path.DirectorySeparatorChar)) + (Directory.Exists(source) ? ".zip" : "");

    /// <summary>Runs the upload with an opener of the zip; a folder's temporary zip is deleted afterwards, whatever happens.</summary>
    protected async Task<T> WithZipAsync<T>(Func<Func<Stream>, Task<T>> upload)
    {
        if (File.Exists(source)) return await upload(() => File.OpenRead(source!));
        var zip = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kipuhub-source-{Guid.NewGuid():N}.zip");
        try
        {
            ZipFile.CreateFromDirectory(source!, zip, CompressionLevel.Optimal, includeBaseDirectory: false);
            return await upload(() => File.OpenRead(zip));
        }
        finally
        {
            File.Delete(zip);
        }
    }
}

/// <summary>Creates a managed service from its source (a folder or a zip, uploaded streamed); the Hub builds it.</summary>
[Cmdlet(VerbsCommon.New, "QHubManagedService", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogService))]
public sealed class NewQHubManagedServiceCommand : ServiceSourceCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    [Parameter] public string? Description { get; set; }

    [Parameter]
    [ValidateSet("PYTHON_TEMPLATE", "DOCKER")]
    public string? Runtime { get; set; }

    [Parameter][ValidateRange(100, 16000)] public int? MilliCpus { get; set; }
    [Parameter][ValidateRange(128, 65536)] public int? MemoryInMegabytes { get; set; }
    [Parameter][ValidateRange(0, 8)] public int? GpuCount { get; set; }
    [Parameter] public string? GpuAccelerator { get; set; }

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"managed service '{Name}'", $"Create from {Path} and build")) return;
        var request = new CreateManagedServiceRequest
        {
            Name = Name!, Description = Description, Runtime = Runtime, MilliCpus = MilliCpus, MemoryInMegabytes = MemoryInMegabytes, GpuCount = GpuCount, GpuAccelerator = GpuAccelerator,
        };
        ForTarget(Name, async token => await WithZipAsync(open => Platform.ManagedServices.CreateManagedServiceAsync(request, open, SourceName, token)), creates: true);
    }
}

/// <summary>Uploads new source for a managed service version (the newest unless -VersionId); the Hub builds it again.</summary>
[Cmdlet(VerbsData.Publish, "QHubManagedServiceSource", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogServiceVersion))]
public sealed class PublishQHubManagedServiceSourceCommand : ServiceSourceCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter][ValidateNotNullOrEmpty] public string? VersionId { get; set; }

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"service {Id}", $"Upload {Path} and build it")) return;
        ForTarget(Id, async token =>
        {
            var versionId = await VersionOfAsync(Id!, VersionId, token);
            return await WithZipAsync(open => Platform.ManagedServices.UploadSourceCodeAsync(Id!, versionId, open, SourceName, token));
        }, creates: true);
    }
}

/// <summary>The build of managed service versions (the newest unless -VersionId); -Wait waits until it ends.</summary>
[Cmdlet(VerbsCommon.Get, "QHubManagedServiceBuild")]
[OutputType(typeof(ServiceBuild), typeof(string))]
public sealed class GetQHubManagedServiceBuildCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter][ValidateNotNullOrEmpty] public string? VersionId { get; set; }

    /// <summary>Writes the build's log, line by line, instead of its status.</summary>
    [Parameter] public SwitchParameter Log { get; set; }

    /// <summary>Waits until the build has ended (SUCCESS or FAILURE), polling every -PollInterval seconds.</summary>
    [Parameter] public SwitchParameter Wait { get; set; }

    [Parameter][ValidateRange(0.05, 3600)] public double PollInterval { get; set; } = 2;

    protected override string ErrorNoun => "ServiceBuild";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, _ => true, async (id, token) =>
    {
        var versionId = await VersionOfAsync(id, VersionId, token);
        var build = await Platform.ManagedServices.GetBuildStatusAsync(id, versionId, token);
        while (Wait && !build.IsFinished)
        {
            await Task.Delay(TimeSpan.FromSeconds(PollInterval), token);
            build = await Platform.ManagedServices.GetBuildStatusAsync(id, versionId, token);
        }
        if (!Log) return build;
        var text = await Platform.ManagedServices.GetBuildLogsAsync(id, versionId, token);
        return text.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
    });
}
