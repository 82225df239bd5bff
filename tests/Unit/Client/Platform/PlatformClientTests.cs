using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Platform;

/// <summary>HubPlatformClient against the emulator's Platform API and a recording server.</summary>
public sealed class PlatformClientTests : EmulatorFixture
{
    HubPlatformClient Platform(string? organization = null) => new(Options(organization));

    [Fact]
    public async Task A_data_pool_is_created_changed_listed_and_deleted_and_a_taken_name_is_a_conflict()
    {
        using var platform = Platform("org-pools");
        var pool = await platform.DataPools.CreateDataPoolAsync("molecules");
        await Assert.ThrowsAsync<ConflictException>(() => platform.DataPools.CreateDataPoolAsync("Molecules"));
        var changed = await platform.DataPools.UpdateDataPoolAsync(pool.Id!, new UpdateDataPoolRequest { ShortDescription = "small ones" });
        Assert.Equal("small ones", changed.ShortDescription);
        Assert.Equal("molecules", changed.Name);
        Assert.Contains(await platform.DataPools.GetDataPoolsAsync(), p => p.Id == pool.Id);
        await platform.DataPools.DeleteDataPoolAsync(pool.Id!);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.DataPools.GetDataPoolAsync(pool.Id!));
    }

    [Fact]
    public async Task Files_go_up_as_multipart_come_down_streamed_and_the_pool_stays_in_its_organization()
    {
        using var platform = Platform();
        var inOrganization = platform.ForOrganization(Organization("org-files"));
        var pool = await inOrganization.DataPools.CreateDataPoolAsync("inputs");
        await Assert.ThrowsAsync<NotFoundException>(() => platform.DataPools.GetDataPoolAsync(pool.Id!));

        var content = System.Text.Encoding.UTF8.GetBytes("""{"h2":[0.74]}""");
        var file = await inOrganization.DataPools.AddDataPoolFileAsync(pool.Id!, () => new MemoryStream(content), "h2.json", "application/json");
        Assert.Equal(pool.Id, file.DataPoolId);
        var listed = Assert.Single(await inOrganization.DataPools.GetDataPoolFilesAsync(pool.Id!));
        Assert.Equal((content.Length, content.Length, $"{pool.Id}/h2.json"), (listed.ContentLength, listed.Size, listed.FullPath));
        using (var download = await inOrganization.DataPools.GetDataPoolFileAsync(pool.Id!, file.Id!))
        using (var copy = new MemoryStream())
        {
            await download.Content.CopyToAsync(copy);
            Assert.Equal(content, copy.ToArray());
        }
        await inOrganization.DataPools.DeleteDataPoolFileAsync(pool.Id!, file.Id!);
        Assert.Empty(await inOrganization.DataPools.GetDataPoolFilesAsync(pool.Id!));
        Assert.Equal("org-files", (await inOrganization.Authentication.AuthorizeAsync()).OrganizationId);
    }

    [Fact]
    public async Task An_applications_credentials_open_the_gateway_until_it_is_deleted()
    {
        using var platform = Platform("org-apps");
        var application = await platform.Applications.CreateApplicationAsync("vqe-runner");
        await Assert.ThrowsAsync<ConflictException>(() => platform.Applications.CreateApplicationAsync("vqe-runner"));
        Assert.Contains(await platform.Applications.GetApplicationsAsync(), a => a.Id == application.Id);
        var credentials = await platform.Applications.GetApplicationCredentialsAsync(application.Id!);
        var tokenEndpoint = KipuHub.Client.Service.GatewayTokenProvider.TokenEndpointOf(new Uri(Root, "gateway/acme/vqe/1.0.0"));
        using (var tokens = new KipuHub.Client.Service.GatewayTokenProvider(tokenEndpoint, credentials.ConsumerKey!, credentials.ConsumerSecret!))
            Assert.False(string.IsNullOrEmpty(await tokens.GetTokenAsync()));
        await platform.Applications.DeleteApplicationAsync(application.Id!);
        using (var tokens = new KipuHub.Client.Service.GatewayTokenProvider(tokenEndpoint, credentials.ConsumerKey!, credentials.ConsumerSecret!))
            await Assert.ThrowsAsync<UnauthorizedException>(() => tokens.GetTokenAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Applications.GetApplicationAsync(application.Id!));
    }

    [Fact]
    public async Task The_marketplace_lists_services_with_the_gateway_url_they_run_at_and_their_documents()
    {
        using var platform = Platform();
        var listings = await platform.Marketplace.FindServicesAsync();
        var demo = Assert.Single(listings, l => l.Name == "my-service");
        Assert.Equal(new Uri(Root, "gateway/demo/my-service/1.0.0").AbsoluteUri, demo.GatewayEndpoint);
        Assert.Equal("vqe", (await platform.Marketplace.FindServiceAsync("listing-vqe")).Name);
        var spec = (IDictionary<string, object?>)(await platform.Marketplace.GetApiSpecAsync("listing-vqe")).Value!;
        Assert.Equal("3.0.3", spec["openapi"]);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Marketplace.FindServiceAsync("service-vqe"));
    }

    [Fact]
    public async Task A_subscription_shows_what_its_application_ran_on_the_service()
    {
        using var platform = Platform("org-subscriptions");
        var application = await platform.Applications.CreateApplicationAsync("runner");
        var demo = (await platform.Marketplace.FindServicesAsync()).Single(l => l.Name == "my-service");
        var subscription = await platform.Subscriptions.CreateSubscriptionAsync(application.Id!, demo.ServiceId!);
        Assert.Equal(application.Id, subscription.ApplicationId);
        Assert.Equal(demo.ServiceId, subscription.ServiceId);
        await Assert.ThrowsAsync<ConflictException>(() => platform.Subscriptions.CreateSubscriptionAsync(application.Id!, demo.ServiceId!));
        Assert.Equal(subscription.Id, Assert.Single(await platform.Subscriptions.GetApplicationSubscriptionsAsync(application.Id!)).Id);

        var credentials = await platform.Applications.GetApplicationCredentialsAsync(application.Id!);
        var gateway = new Uri(demo.GatewayEndpoint!);
        using var tokens = new KipuHub.Client.Service.GatewayTokenProvider(KipuHub.Client.Service.GatewayTokenProvider.TokenEndpointOf(gateway), credentials.ConsumerKey!, credentials.ConsumerSecret!);
        using var service = new KipuHub.Client.Service.HubServiceClient(gateway, tokens);
        var started = await service.ServiceApi.StartExecutionAsync(new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?>() });

        Assert.Equal(started.Id, Assert.Single(await platform.Subscriptions.GetSubscriptionServiceExecutionsAsync(subscription.Id!)).Id);
        await platform.Subscriptions.DeleteSubscriptionAsync(subscription.Id!);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Subscriptions.GetSubscriptionAsync(subscription.Id!));
    }

    [Fact]
    public async Task Every_operation_puts_its_method_and_path_on_the_wire_with_the_per_call_organization()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = r => r.Method == "GET" && (r.Path.EndsWith("/datapools") || r.Path.EndsWith("/files") || r.Path.EndsWith("/applications") || r.Path.EndsWith("/apis") || r.Path.EndsWith("/service-executions") || r.Path.EndsWith("/subscriptions")) ? Reply.Ok("[]") : Reply.Ok("""{"id":"x"}""");
        using var platform = new HubPlatformClient(TestClients.Options(server.BaseUrl, o => { o.BaseUrl = new Uri(server.BaseUrl, "qc-catalog"); o.OrganizationId = "org-default"; }));
        var other = platform.ForOrganization("org-other");
        await platform.Authentication.AuthorizeAsync();
        await platform.DataPools.GetDataPoolsAsync();
        await platform.DataPools.GetDataPoolAsync("p 1");
        await platform.DataPools.CreateDataPoolAsync("n");
        await platform.DataPools.UpdateDataPoolAsync("p", new UpdateDataPoolRequest { Name = "m" });
        await platform.DataPools.DeleteDataPoolAsync("p");
        await platform.DataPools.GetDataPoolFilesAsync("p");
        await other.DataPools.AddDataPoolFileAsync("p", () => new MemoryStream(new byte[] { 1 }), "a.bin", "application/octet-stream");
        using (await platform.DataPools.GetDataPoolFileAsync("p", "f")) { }
        await platform.DataPools.DeleteDataPoolFileAsync("p", "f");
        await platform.Applications.GetApplicationsAsync();
        await platform.Applications.GetApplicationAsync("p");
        await platform.Applications.CreateApplicationAsync("n");
        await platform.Applications.DeleteApplicationAsync("p");
        await platform.Applications.GetApplicationCredentialsAsync("p");
        await platform.Marketplace.FindServicesAsync();
        await platform.Marketplace.FindServiceAsync("p");
        await platform.Marketplace.GetApiSpecAsync("p");
        await platform.Subscriptions.CreateSubscriptionAsync("a", "s");
        await platform.Subscriptions.GetSubscriptionAsync("p");
        await platform.Subscriptions.DeleteSubscriptionAsync("p");
        await platform.Subscriptions.GetSubscriptionServiceExecutionsAsync("p");
        await platform.Subscriptions.GetApplicationSubscriptionsAsync("p");
        await platform.Applications.RegenerateApplicationCredentialsAsync("p");
        await platform.Applications.UpdateApplicationAsync("p", "n");
        await platform.Applications.GetAccessTokenAsync("p");
        await platform.Services.GetServicesAsync();
        await platform.Services.GetServiceAsync("p");
        await platform.Services.DeleteServiceAsync("p");
        await platform.Services.GetServiceVersionsAsync("p");
        await platform.Services.GetServiceVersionAsync("p", "p");
        await platform.Services.UpdateServiceVersionAsync("p", "p", new UpdateServiceVersionRequest { Description = "d" });
        await platform.Services.PublishServiceAsync("p", "p");
        await platform.Services.UnpublishServiceAsync("p", "p");
        await platform.ServiceExecutions.GetServiceExecutionsAsync();
        await platform.ServiceExecutions.GetServiceExecutionAsync("p");
        await platform.ServiceExecutions.GetServiceExecutionInputAsync("p");
        await platform.ServiceExecutions.GetServiceExecutionResultAsync("p");
        await platform.ServiceExecutions.GetServiceExecutionLogsAsync("p");
        await platform.ServiceExecutions.GetServiceExecutionMetricsAsync("p");
        await platform.ServiceExecutions.CancelServiceExecutionAsync("p");
        await platform.ServiceJobs.GetServiceJobsAsync();
        await platform.ServiceJobs.GetServiceJobAsync("p");
        await platform.ServiceJobs.CreateServiceJobAsync(new CreateServiceJobRequest { ServiceDefinitionId = "v" });
        await platform.ServiceJobs.CancelServiceJobAsync("p");
        await platform.ServiceJobs.DeleteServiceJobAsync("p");
        await platform.ServiceJobs.GetServiceJobLogsAsync("p");
        await platform.DataPoolGrants.GetGrantsAsync("p");
        await platform.DataPoolGrants.CreateGrantAsync("p", "s");
        await platform.DataPoolGrants.DeleteGrantAsync("p", "p");
        await platform.DataPoolShares.GetSharesAsync("p");
        await platform.DataPoolShares.CreateShareAsync("p", "user", "u", "viewer");
        await platform.DataPoolShares.UpdateShareAsync("p", "p", "maintainer");
        await platform.DataPoolShares.DeleteShareAsync("p", "p");
        await platform.Organizations.GetOrganizationsAsync();
        await platform.Organizations.GetOrganizationAsync("p");
        await platform.Organizations.CreateOrganizationAsync("n");
        await platform.Organizations.UpdateOrganizationAsync("p", new OrganizationRequest { Description = "d" });
        await platform.Organizations.DeleteOrganizationAsync("p");
        await platform.Organizations.GetMembersAsync("p");
        await platform.Organizations.AddMemberAsync("p", "u", "Maintainer");
        await platform.Organizations.UpdateMemberAsync("p", "p", "owner");
        await platform.Organizations.RemoveMemberAsync("p", "p");
        await platform.Organizations.GetProviderTokensAsync("p");
        await platform.Organizations.SetProviderTokenAsync("p", "p", "ibm-secret-token");
        await platform.Organizations.DeleteProviderTokenAsync("p", "p");
        await CrudAsync(platform.Algorithms);
        await AlgorithmExtrasAsync();
        await CrudAsync(platform.Implementations);
        await CrudAsync(platform.UseCases);
        await platform.Billing.GetBalanceAsync();
        await platform.Billing.GetBudgetAsync();
        await platform.Billing.UpdateBudgetAsync(new BudgetRequest { ClearLimit = true, AlertThresholdPercent = 80 });
        await platform.Billing.GetCreditsAsync();
        await platform.Billing.GetBillingHistoryAsync();
        await platform.Billing.GetCostReportAsync();
        await platform.Billing.GetCostsByMonthAsync(2026, 11);
        await platform.Billing.GetRevenueByMonthAsync(2026, 11);
        await platform.QuantumWorkloads.GetCostsAsync();
        await platform.Eligibility.CheckAsync();
        await platform.Notifications.GetNotificationsAsync(unreadOnly: true);
        await platform.Notifications.GetNotificationAsync("p");
        await platform.Notifications.MarkAsync("p", true);
        await platform.Notifications.MarkAllReadAsync();
        await platform.Notifications.DeleteNotificationAsync("p");
        await platform.ServiceShares.GetSharesAsync("p");
        await platform.ServiceShares.CreateShareAsync("p", "organization", "o", "maintainer");
        await platform.ServiceShares.UpdateShareAsync("p", "p", "viewer");
        await platform.ServiceShares.DeleteShareAsync("p", "p");
        await platform.ManagedServices.CreateManagedServiceAsync(new CreateManagedServiceRequest { Name = "n", MilliCpus = 500 }, () => new MemoryStream(new byte[] { 1 }), "src.zip");
        await platform.ManagedServices.UploadSourceCodeAsync("p", "p", () => new MemoryStream(new byte[] { 1 }), "src.zip");
        await platform.ManagedServices.GetBuildStatusAsync("p", "p");
        await platform.ManagedServices.GetBuildLogsAsync("p", "p");
        await platform.WorkflowServices.CreateWorkflowServiceAsync("n");
        await platform.WorkflowServices.GetWorkflowModelAsync("p", "p");
        await platform.WorkflowServices.UpdateWorkflowModelAsync("p", "p", "<definitions/>");
        await platform.ExternalServices.CreateExternalServiceAsync(new CreateExternalServiceRequest { Name = "n", Url = "https://example.org/api" }, () => new MemoryStream(new byte[] { 1 }), "api.json", "ada", "pa ss");
        await platform.ApiDefinitions.GetApiDefinitionAsync("p", "p");
        await platform.ApiDefinitions.UpdateApiDefinitionAsync("p", "p", () => new MemoryStream(new byte[] { 1 }), "api.yaml");
        await CrudAsync(platform.GitIntegrations);
        await platform.Users.GetAccountAsync();
        await platform.Users.GetInvitationsAsync();
        await platform.Users.InviteAsync("o", "ada@example.org", "maintainer");
        await platform.Users.AcceptInvitationAsync("p");
        await platform.Users.DeleteInvitationAsync("p");
        await platform.Users.GetProviderTokensAsync();
        await platform.Users.SetProviderTokenAsync("p", "secret-token");
        await platform.Users.DeleteProviderTokenAsync("p");

        static async Task CrudAsync<T>(CatalogResourceClient<T> client) where T : class
        {
            await client.ListPageAsync();
            await client.GetAsync("p");
            await client.CreateAsync(new CatalogContentRequest { Name = "n" });
            await client.UpdateAsync("p", new CatalogContentRequest { Summary = "s" });
            await client.DeleteAsync("p");
        }

        async Task AlgorithmExtrasAsync()
        {
            await platform.Algorithms.GetSketchesAsync("p");
            await platform.Algorithms.AddSketchAsync("p", new AlgorithmSketchRequest { Title = "t" });
            await platform.Algorithms.DeleteSketchAsync("p", "p");
            await platform.Algorithms.GetRelationsAsync("p");
            await platform.Algorithms.AddRelationAsync("p", new AlgorithmRelationRequest { TargetAlgorithmId = "a", RelationType = "VARIANT_OF" });
            await platform.Algorithms.DeleteRelationAsync("p", "p");
            await platform.Algorithms.GetPermissionsAsync("p");
            await platform.Algorithms.SetPermissionAsync("p", new AlgorithmPermissionRequest { PrincipalId = "u" });
            await platform.Algorithms.DeletePermissionAsync("p", "p");
        }

        // Each route once on the wire; the table's order is its files', not the order of the calls above.
        string Wire(KipuHub.Client.Core.Http.Route r) => $"{r.Method} /qc-catalog/{System.Text.RegularExpressions.Regex.Replace(r.Template.Replace("{id}", r == PlatformRoutes.GetDataPool ? "p%201" : "p").Replace("{fileId}", "f"), "{[A-Za-z]+}", "p")}";
        var sent = server.Requests.Select(r => $"{r.Method} {r.RawTarget.Split('?')[0]}").ToList();
        Assert.Equal(PlatformRoutes.All.Select(Wire).Order(), sent.Order());
        RecordedRequest Of(KipuHub.Client.Core.Http.Route route) => server.Requests[sent.IndexOf(Wire(route))];
        Assert.Equal("month=11&year=2026", Of(PlatformRoutes.GetCostsByMonth).Query.TrimStart('?'));
        Assert.Equal("org-other", server.Requests[7].Header("X-OrganizationId"));
        Assert.All(server.Requests.Where((_, i) => i != 7), r => Assert.Equal("org-default", r.Header("X-OrganizationId")));
        Assert.Equal("""{"name":"n"}""", server.Requests[3].Body);
        string BodyOf(KipuHub.Client.Core.Http.Route route) => Of(route).Body;
        Assert.Equal("""{"userId":"u","role":"MAINTAINER"}""", BodyOf(PlatformRoutes.AddOrganizationMember));
        Assert.Equal("""{"principalType":"USER","principalId":"u","permission":"VIEWER"}""", BodyOf(PlatformRoutes.CreateDataPoolShare));
        Assert.Equal("""{"serviceDefinitionId":"v"}""", BodyOf(PlatformRoutes.CreateServiceJob));
        Assert.Equal("""{"limitMajor":null,"alertThresholdPercent":80}""", BodyOf(PlatformRoutes.UpdateBudget));
        Assert.Equal("""{"read":true}""", BodyOf(PlatformRoutes.UpdateNotification));
        Assert.Equal("?unread=true", Of(PlatformRoutes.GetNotifications).Query);
        Assert.Equal("?filename=a.bin", Of(PlatformRoutes.AddDataPoolFile).Query);
        var managed = Of(PlatformRoutes.CreateManagedService);
        Assert.Equal("?name=n&milliCpus=500", managed.Query);
        Assert.Matches("name=\"?userCode\"?", managed.Body);
        var workflowModel = Of(PlatformRoutes.UpdateWorkflowModel);
        Assert.Equal(("<definitions/>", "text/plain"), (workflowModel.Body, workflowModel.Header("Content-Type")!.Split(';')[0]));
        Assert.Equal("""{"organizationId":"o","email":"ada@example.org","role":"MAINTAINER"}""", BodyOf(PlatformRoutes.CreateInvitation));
        Assert.Equal("""{"token":"secret-token"}""", BodyOf(PlatformRoutes.SetUserProviderToken));
        var external = Of(PlatformRoutes.CreateExternalService);
        Assert.Equal(new[] { "n", "https://example.org/api", "ada", "pa ss", "BASIC_AUTH" },
            new[] { "name", "url", "username", "password", "securityConfiguration" }.Select(name => Assert.Single(external.QueryValues(name))));
    }
}
