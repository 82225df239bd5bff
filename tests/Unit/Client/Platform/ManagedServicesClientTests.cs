using System.IO.Compression;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Platform;

/// <summary>Managed services from source, their builds and build logs, against the emulator.</summary>
public sealed class ManagedServicesClientTests : EmulatorFixture
{
    static byte[] SourceZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("src/program.py").Open()))
            writer.Write("def run(data, params):\n    return data\n");
        return buffer.ToArray();
    }

    static async Task<ServiceBuild> FinishedAsync(HubPlatformClient platform, string serviceId, string versionId)
    {
        for (var i = 0; i < 100; i++)
        {
            var build = await platform.ManagedServices.GetBuildStatusAsync(serviceId, versionId);
            if (build.IsFinished) return build;
            await Task.Delay(50);
        }
        throw new TimeoutException("The build did not finish.");
    }

    [Fact]
    public async Task A_managed_service_is_built_from_its_zip_and_a_new_source_builds_again()
    {
        using var platform = new HubPlatformClient(Options("org-managed"));
        var zip = SourceZip();
        var service = await platform.ManagedServices.CreateManagedServiceAsync(new CreateManagedServiceRequest { Name = "echo-managed", Runtime = "PYTHON_TEMPLATE", MilliCpus = 500 }, () => new MemoryStream(zip), "echo.zip");
        Assert.Equal("MANAGED", service.Type);
        var version = service.LatestVersion!;
        Assert.Equal("WORKING", (await platform.ManagedServices.GetBuildStatusAsync(service.Id!, version.Id!)).Status);
        await Assert.ThrowsAsync<ConflictException>(() => platform.ManagedServices.UploadSourceCodeAsync(service.Id!, version.Id!, () => new MemoryStream(zip), "again.zip"));

        var built = await FinishedAsync(platform, service.Id!, version.Id!);
        Assert.Equal(("SUCCESS", "PUSH_IMAGE", "SUCCESS"), (built.Status, built.Step, built.ValidationResult!.State));
        Assert.Contains("PUSH_IMAGE Pushing the image.", await platform.ManagedServices.GetBuildLogsAsync(service.Id!, version.Id!));
        Assert.Equal("echo-managed", Assert.Single((await platform.Services.GetServicesAsync(type: "MANAGED")).Items).Name);

        await platform.ManagedServices.UploadSourceCodeAsync(service.Id!, version.Id!, () => new MemoryStream(new byte[] { 1, 2, 3 }), "broken.zip");
        var failed = await FinishedAsync(platform, service.Id!, version.Id!);
        Assert.Equal("FAILURE", failed.Status);
        Assert.Contains("not a zip archive", failed.ValidationResult!.Summary);
        Assert.Contains("ERROR The source is not a zip archive.", await platform.ManagedServices.GetBuildLogsAsync(service.Id!, version.Id!));
    }

    [Fact]
    public async Task Bad_settings_and_sources_are_refused_with_the_documented_statuses_and_nothing_is_created()
    {
        using var platform = new HubPlatformClient(Options("org-managed-refusals"));
        var zip = SourceZip();
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.ManagedServices.CreateManagedServiceAsync(new CreateManagedServiceRequest { Name = "x", Runtime = "COBOL" }, () => new MemoryStream(zip), "x.zip"));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.ManagedServices.CreateManagedServiceAsync(new CreateManagedServiceRequest { Name = "x", MilliCpus = 1 }, () => new MemoryStream(zip), "x.zip"));
        await Assert.ThrowsAsync<ContentTooLargeException>(() => platform.ManagedServices.CreateManagedServiceAsync(new CreateManagedServiceRequest { Name = "big" }, () => new MemoryStream(new byte[51 * 1024 * 1024]), "big.zip"));
        Assert.Empty((await platform.Services.GetServicesAsync()).Items);
        var plain = await platform.WorkflowServices.CreateWorkflowServiceAsync("external-one");
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.ManagedServices.UploadSourceCodeAsync(plain.Id!, plain.LatestVersion!.Id!, () => new MemoryStream(zip), "x.zip"));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.ManagedServices.GetBuildStatusAsync(plain.Id!, plain.LatestVersion!.Id!));
    }
}
