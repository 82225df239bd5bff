using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Creates a managed service from its source (a folder or a zip, uploaded streamed); the Hub builds it.</summary>
[Cmdlet(VerbsCommon.New, "QHubManagedService", HelpUri = HelpUris.Base + "New-QHubManagedService.md", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogService))]
public sealed class NewQHubManagedServiceCommand : PlatformCmdletBase
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
    [Parameter][ArgumentCompleter(typeof(GpuAcceleratorCompleter))] public string? GpuAccelerator { get; set; }

    /// <summary>A folder with the service's source, or a zip of it.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Files of a folder that are left out because they may hold secrets (.env, keys, .git), to upload all the same: names
    /// or wildcards.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Include { get; set; }

    ServiceSource? source;

    // Resolved on the pipeline thread; the upload runs on the thread pool.
    protected override void Begin()
    {
        source = ServiceSource.Resolve(this, Path!, Include);
        base.Begin();
    }

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"managed service '{Name}'", $"Create from {Path} and build")) return;
        var request = new CreateManagedServiceRequest
        {
            Name = Name!,
            Description = Description,
            Runtime = Runtime,
            MilliCpus = MilliCpus,
            MemoryInMegabytes = MemoryInMegabytes,
            GpuCount = GpuCount,
            GpuAccelerator = GpuAccelerator,
        };
        ForTarget(Name, async token => await source!.WithZipAsync(open => Platform.ManagedServices.CreateManagedServiceAsync(request, open,
            source.FileName, token)), creates: true);
    }
}
