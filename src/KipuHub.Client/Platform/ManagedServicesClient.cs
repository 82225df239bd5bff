using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>
/// The managed_services namespace: services the Hub hosts, created from their source (a zip, multipart with the
/// settings as query parameters, as the 2024 API takes it), new source for a version, and the builds it starts.
/// </summary>
public sealed class ManagedServicesClient : PlatformCaller
{
    internal ManagedServicesClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    /// <param name="userCode">Opens the source zip; it is opened again for a retry, and streamed.</param>
    public async Task<CatalogService> CreateManagedServiceAsync(CreateManagedServiceRequest request, Func<Stream> userCode,
        string fileName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request?.Name)) throw new ArgumentException("A managed service needs a name.", nameof(request));
        var sent = Scoped(R.CreateManagedService)
            .WithQuery("name", request!.Name).WithQuery("description", request.Description).WithQuery("runtime", request.Runtime)
            .WithQuery("milliCpus", request.MilliCpus).WithQuery("memoryInMegabytes", request.MemoryInMegabytes)
            .WithQuery("gpuCount", request.GpuCount).WithQuery("gpuAccelerator", request.GpuAccelerator);
        sent.File = new FileUpload("userCode", userCode ?? throw new ArgumentNullException(nameof(userCode)), fileName, "application/zip");
        return ServiceIds.Fill(await ReadRequiredAsync<CatalogService>(sent, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>New source for a version (a zip, streamed): the Hub builds it again.</summary>
    public async Task<CatalogServiceVersion> UploadSourceCodeAsync(string serviceId, string versionId, Func<Stream> source,
        string fileName, CancellationToken cancellationToken = default)
    {
        var sent = Scoped(R.UpdateSourceCode, serviceId, versionId);
        sent.File = new FileUpload("file", source ?? throw new ArgumentNullException(nameof(source)), fileName, "application/zip");
        var version = await ReadRequiredAsync<CatalogServiceVersion>(sent, cancellationToken).ConfigureAwait(false);
        version.ServiceId ??= serviceId;
        return version;
    }

    public async Task<ServiceBuild> GetBuildStatusAsync(string serviceId, string versionId, CancellationToken cancellationToken = default)
    {
        var build = await ReadRequiredAsync<ServiceBuild>(Scoped(R.GetBuildStatus, serviceId, versionId),
            cancellationToken).ConfigureAwait(false);
        (build.ServiceId, build.VersionId) = (build.ServiceId ?? serviceId, build.VersionId ?? versionId);
        return build;
    }

    /// <summary>The build's log as the text it is.</summary>
    public async Task<string> GetBuildLogsAsync(string serviceId, string versionId, CancellationToken cancellationToken = default) =>
        (await Transport.SendAsync(Scoped(R.GetBuildLogs, serviceId, versionId), cancellationToken).ConfigureAwait(false)).BodyText;
}
