using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.Client.Service;
using KipuHub.Client.Service.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Platform;

/// <summary>Catalog services, their executions and service jobs, against the emulator over HTTP.</summary>
public sealed class CatalogClientTests : EmulatorFixture
{
    HubPlatformClient Platform(string? organization) => new(Options(organization));

    [Fact]
    public async Task A_service_is_created_listed_in_pages_published_once_unpublished_and_deleted()
    {
        using var platform = Platform("org-services");
        var service = await platform.WorkflowServices.CreateWorkflowServiceAsync("vqe-solver", "first");
        await Assert.ThrowsAsync<ConflictException>(() => platform.WorkflowServices.CreateWorkflowServiceAsync("VQE-solver"));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.WorkflowServices.CreateWorkflowServiceAsync("no spaces"));
        for (var i = 0; i < 4; i++) await platform.WorkflowServices.CreateWorkflowServiceAsync($"s{i}");

        var pager = platform.Services.ListServices(pageSize: 2);
        var names = new List<string?>();
        while (await pager.MoveNextAsync()) names.Add(pager.Current.Name);
        Assert.Equal(new[] { "vqe-solver", "s0", "s1", "s2", "s3" }, names);
        Assert.Equal(3, pager.PagesFetched);
        Assert.Equal(5, pager.TotalElements);

        var version = Assert.Single(service.Versions!);
        Assert.Equal(service.Id, version.ServiceId);
        Assert.Equal("CREATED", version.Lifecycle);
        var published = await platform.Services.PublishServiceAsync(service.Id!, version.Id!);
        Assert.Equal("PUBLISHED", published.Lifecycle);
        await Assert.ThrowsAsync<ConflictException>(() => platform.Services.PublishServiceAsync(service.Id!, version.Id!));
        Assert.Equal("vqe-solver", Assert.Single((await platform.Services.GetServicesAsync(lifecycle: "PUBLISHED")).Items).Name);
        await Assert.ThrowsAsync<ConflictException>(() => platform.Services.DeleteServiceAsync(service.Id!));
        Assert.Equal("CREATED", (await platform.Services.UnpublishServiceAsync(service.Id!, version.Id!)).Lifecycle);
        Assert.Equal("second", (await platform.Services.UpdateServiceVersionAsync(service.Id!, version.Id!, new UpdateServiceVersionRequest { Description = "second" })).Description);
        Assert.Equal("second", (await platform.Services.GetServiceVersionAsync(service.Id!, version.Id!)).Description);

        await Assert.ThrowsAsync<NotFoundException>(() => platform.ForOrganization(Organization("org-elsewhere")).Services.GetServiceAsync(service.Id!));
        await platform.Services.DeleteServiceAsync(service.Id!);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Services.GetServiceVersionsAsync(service.Id!));
    }

    [Fact]
    public async Task A_published_version_is_listed_and_the_gateway_admits_the_owner_and_subscribed_applications_only()
    {
        using var provider = Platform("org-market-provider");
        using var consumer = Platform("org-market-consumer");
        var service = await provider.WorkflowServices.CreateWorkflowServiceAsync("listed-echo");
        var version = service.LatestVersion!;
        var application = await consumer.Applications.CreateApplicationAsync("buyer");
        await Assert.ThrowsAsync<NotFoundException>(() => consumer.Subscriptions.CreateSubscriptionAsync(application.Id!, service.Id!));
        Assert.DoesNotContain(await consumer.Marketplace.FindServicesAsync(), l => l.ServiceId == service.Id);

        await provider.Services.PublishServiceAsync(service.Id!, version.Id!);
        var listing = Assert.Single(await consumer.Marketplace.FindServicesAsync(), l => l.ServiceId == service.Id);
        Assert.Equal(("listed-echo", "1.0.0", "WORKFLOW", version.GatewayEndpoint), (listing.Name, listing.Version, listing.ServiceType, listing.GatewayEndpoint));
        Assert.Equal(listing.Id, (await consumer.Marketplace.FindServiceAsync(listing.Id!)).Id);

        var gateway = new Uri(listing.GatewayEndpoint!);
        using var buyer = await GatewayClientAsync(consumer, application.Id!, gateway);
        await Assert.ThrowsAsync<ForbiddenException>(() => buyer.ServiceApi.StartExecutionAsync(new Dictionary<string, object?>()));
        var subscription = await consumer.Subscriptions.CreateSubscriptionAsync(application.Id!, service.Id!);
        Assert.Equal(service.Id, subscription.ServiceId);
        var execution = await buyer.ServiceApi.StartExecutionAsync(new Dictionary<string, object?> { ["n"] = 1L });
        Assert.Equal(execution.Id, Assert.Single(await consumer.Subscriptions.GetSubscriptionServiceExecutionsAsync(subscription.Id!)).Id);

        var own = await provider.Applications.CreateApplicationAsync("owner's own");
        using (var owner = await GatewayClientAsync(provider, own.Id!, gateway))
            Assert.NotNull((await owner.ServiceApi.StartExecutionAsync(new Dictionary<string, object?>())).Id);

        await provider.Services.UnpublishServiceAsync(service.Id!, version.Id!);
        Assert.DoesNotContain(await consumer.Marketplace.FindServicesAsync(), l => l.ServiceId == service.Id);
        var late = await consumer.Applications.CreateApplicationAsync("late");
        await Assert.ThrowsAsync<NotFoundException>(() => consumer.Subscriptions.CreateSubscriptionAsync(late.Id!, service.Id!));
        Assert.Equal(service.Id, (await consumer.Subscriptions.GetSubscriptionAsync(subscription.Id!)).ServiceId);
        await consumer.Subscriptions.DeleteSubscriptionAsync(subscription.Id!);
        await Assert.ThrowsAsync<ForbiddenException>(() => buyer.ServiceApi.GetServiceExecutionsAsync());
    }

    static async Task<HubServiceClient> GatewayClientAsync(HubPlatformClient platform, string applicationId, Uri gateway)
    {
        var token = await platform.Applications.GetAccessTokenAsync(applicationId);
        return new HubServiceClient(gateway, token.Secret!);
    }

    [Fact]
    public async Task A_share_shows_a_service_read_only_in_the_other_context_and_only_its_owner_manages_shares()
    {
        using var platform = Platform("org-provider");
        var partner = platform.ForOrganization(Organization("org-partner"));
        var service = await platform.WorkflowServices.CreateWorkflowServiceAsync("shared-solver");
        await Assert.ThrowsAsync<NotFoundException>(() => partner.Services.GetServiceAsync(service.Id!));

        var share = await platform.ServiceShares.CreateShareAsync(service.Id!, "ORGANIZATION", "org-partner", "VIEWER");
        Assert.Equal(service.Id, share.ServiceId);
        await Assert.ThrowsAsync<ConflictException>(() => platform.ServiceShares.CreateShareAsync(service.Id!, "ORGANIZATION", "org-partner", "VIEWER"));
        Assert.Equal("VIEWER", (await partner.Services.GetServiceAsync(service.Id!)).CurrentUserPermission);
        Assert.Contains((await partner.Services.GetServicesAsync()).Items, s => s.Id == service.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => partner.Services.PublishServiceAsync(service.Id!, service.LatestVersion!.Id!));
        await Assert.ThrowsAsync<ForbiddenException>(() => partner.ServiceShares.GetSharesAsync(service.Id!));
        Assert.Equal("MAINTAINER", (await platform.ServiceShares.UpdateShareAsync(service.Id!, share.Id!, "MAINTAINER")).Permission);
        Assert.Equal("org-partner", Assert.Single(await platform.ServiceShares.GetSharesAsync(service.Id!)).PrincipalId);
        await platform.ServiceShares.DeleteShareAsync(service.Id!, share.Id!);
        await Assert.ThrowsAsync<NotFoundException>(() => partner.Services.GetServiceAsync(service.Id!));
    }

    [Fact]
    public async Task The_catalog_shows_executions_of_its_services_with_input_output_log_metrics_and_cancels_them()
    {
        using var platform = Platform("org-executions");
        var service = await platform.WorkflowServices.CreateWorkflowServiceAsync("echo");
        var application = await platform.Applications.CreateApplicationAsync("caller");
        var credentials = await platform.Applications.GetApplicationCredentialsAsync(application.Id!);
        var gateway = new Uri(service.LatestVersion!.GatewayEndpoint!);
        using var tokens = new GatewayTokenProvider(GatewayTokenProvider.TokenEndpointOf(gateway), credentials.ConsumerKey!, credentials.ConsumerSecret!);
        using var client = new HubServiceClient(gateway, tokens);
        var first = await client.ServiceApi.StartExecutionAsync(new Dictionary<string, object?> { ["n"] = 1L });
        var second = await client.ServiceApi.StartExecutionAsync(new Dictionary<string, object?> { ["n"] = 2L });
        // Cancelled at once: an execution runs for less than half a second on the emulator.
        await platform.ServiceExecutions.CancelServiceExecutionAsync(second.Id!);

        var listed = (await platform.ServiceExecutions.GetServiceExecutionsAsync(serviceId: service.Id)).Items;
        Assert.Equal(new[] { second.Id, first.Id }, listed.Select(e => e.Id));
        Assert.All(listed, e => Assert.Equal(application.Id, e.ApplicationId));
        Assert.Equal(2, (await platform.ServiceExecutions.GetServiceExecutionsAsync(applicationId: application.Id)).Items.Count);
        Assert.Empty((await platform.ServiceExecutions.GetServiceExecutionsAsync(applicationId: "someone-else")).Items);
        Assert.Empty((await platform.ForOrganization(Organization("org-elsewhere")).ServiceExecutions.GetServiceExecutionsAsync()).Items);

        Assert.Equal(1L, ((IDictionary<string, object?>)(await platform.ServiceExecutions.GetServiceExecutionInputAsync(first.Id!)).Value!)["n"]);
        while (!ServiceExecutionStatus.From((await platform.ServiceExecutions.GetServiceExecutionAsync(first.Id!)).Status)!.IsTerminal) await Task.Delay(50);
        await Assert.ThrowsAsync<ConflictException>(() => platform.ServiceExecutions.CancelServiceExecutionAsync(first.Id!));
        Assert.Equal("CANCELLED", (await platform.ServiceExecutions.GetServiceExecutionAsync(second.Id!)).Status);
        var output = (IDictionary<string, object?>)(await platform.ServiceExecutions.GetServiceExecutionResultAsync(first.Id!)).Value!;
        Assert.Equal(first.Id, output["execution_id"]);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.ServiceExecutions.GetServiceExecutionResultAsync(second.Id!));
        Assert.NotEmpty(await platform.ServiceExecutions.GetServiceExecutionLogsAsync(first.Id!));
        var metrics = (IDictionary<string, object?>)(await platform.ServiceExecutions.GetServiceExecutionMetricsAsync(first.Id!)).Value!;
        Assert.True((long)metrics["inputBytes"]! > 0);
    }

    [Fact]
    public async Task A_service_job_runs_a_version_to_its_end_and_only_an_ended_job_is_deleted()
    {
        using var platform = Platform("org-jobs");
        var service = await platform.WorkflowServices.CreateWorkflowServiceAsync("batch");
        var versionId = service.LatestVersion!.Id!;
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.ServiceJobs.CreateServiceJobAsync(new CreateServiceJobRequest { ServiceDefinitionId = versionId, InputData = "{not json" }));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.ServiceJobs.CreateServiceJobAsync(new CreateServiceJobRequest { ServiceDefinitionId = "no-such-version" }));
        var job = await platform.ServiceJobs.CreateServiceJobAsync(new CreateServiceJobRequest { ServiceDefinitionId = versionId, InputData = """{"x":1}""", Parameters = """{"depth":2}""" });
        Assert.Equal("PENDING", job.Status);
        Assert.Equal(service.Id, job.ServiceDefinition!.ServiceId);
        await Assert.ThrowsAsync<ConflictException>(() => platform.ServiceJobs.DeleteServiceJobAsync(job.Id!));
        Assert.Equal(job.Id, Assert.Single((await platform.ServiceJobs.GetServiceJobsAsync()).Items).Id);
        var input = (IDictionary<string, object?>)(await platform.ServiceExecutions.GetServiceExecutionInputAsync(job.Id!)).Value!;
        Assert.Equal(2L, ((IDictionary<string, object?>)input["parameters"]!)["depth"]);

        var stopped = await platform.ServiceJobs.CancelServiceJobAsync(job.Id!);
        Assert.True(stopped.Status == KipuHub.Client.Service.Models.ServiceExecutionStatus.Cancelled);
        Assert.NotEmpty(await platform.ServiceJobs.GetServiceJobLogsAsync(job.Id!));
        await platform.ServiceJobs.DeleteServiceJobAsync(job.Id!);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.ServiceJobs.GetServiceJobAsync(job.Id!));
    }
}
