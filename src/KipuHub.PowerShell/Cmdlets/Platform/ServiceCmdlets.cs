using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets catalog services by id, or lists those of the context page by page.</summary>
[Cmdlet(VerbsCommon.Get, "QHubService", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(CatalogService))]
public sealed class GetQHubServiceCommand : QHubPlatformCmdlet
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Only services whose newest version is in this lifecycle.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("CREATED", "ACCESSIBLE", "PUBLISHED")]
    public string? Lifecycle { get; set; }

    /// <summary>Only managed (Hub-hosted), external or workflow services.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("MANAGED", "EXTERNAL", "WORKFLOW")]
    public string? Type { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "Service";

    protected override int TargetCount => Math.Max(Id.Length, 1);

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, _ => true, async (id, token) => await Platform.Services.GetServiceAsync(id, token));
        else WritePages(page => Platform.Services.ListServices(PageSize, Lifecycle, Type?.ToUpperInvariant(), page), PageSize, All, new Errors.ErrorContext("Service"), null);
    }
}

/// <summary>A cmdlet about one version of services: the one named by -VersionId, else each service's newest.</summary>
public abstract class ServiceVersionCmdlet : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The version's id (a service's Versions); by default the newest version.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? VersionId { get; set; }

    protected override string ErrorNoun => "Service";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"{(VersionId is null ? "the newest version" : "version " + VersionId)} of service {id}", Action), async (id, token) =>
    {
        return await ForVersionAsync(id, await VersionOfAsync(id, VersionId, token), token);
    });

    protected abstract string Action { get; }

    protected abstract Task<object?> ForVersionAsync(string serviceId, string versionId, CancellationToken token);
}

/// <summary>Changes the description of a service version.</summary>
[Cmdlet(VerbsCommon.Set, "QHubService", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogServiceVersion))]
public sealed class SetQHubServiceCommand : ServiceVersionCmdlet
{
    [Parameter(Mandatory = true)]
    [AllowEmptyString]
    public string? Description { get; set; }

    protected override string Action => "Change the description";

    protected override async Task<object?> ForVersionAsync(string serviceId, string versionId, CancellationToken token) =>
        await Platform.Services.UpdateServiceVersionAsync(serviceId, versionId, new UpdateServiceVersionRequest { Description = Description }, token);
}

/// <summary>Publishes a service version to the marketplace; one published already is ServiceConflict.</summary>
[Cmdlet(VerbsData.Publish, "QHubService", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogServiceVersion))]
public sealed class PublishQHubServiceCommand : ServiceVersionCmdlet
{
    protected override string Action => "Publish to the marketplace";

    protected override async Task<object?> ForVersionAsync(string serviceId, string versionId, CancellationToken token) =>
        await Platform.Services.PublishServiceAsync(serviceId, versionId, token);
}

/// <summary>Takes a service version off the marketplace; one that is not published is ServiceConflict.</summary>
[Cmdlet(VerbsData.Unpublish, "QHubService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(CatalogServiceVersion))]
public sealed class UnpublishQHubServiceCommand : ServiceVersionCmdlet
{
    protected override string Action => "Unpublish (subscribers can no longer call it)";

    protected override async Task<object?> ForVersionAsync(string serviceId, string versionId, CancellationToken token) =>
        await Platform.Services.UnpublishServiceAsync(serviceId, versionId, token);
}

/// <summary>Deletes catalog services; one with a published version is ServiceConflict until unpublished.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubServiceCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "Service";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"service {id}", "Delete with all its versions", Force), async (id, token) =>
        {
            await Platform.Services.DeleteServiceAsync(id, token);
            return null;
        });
}
