using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;

namespace KipuHub.Client.Platform;

/// <summary>
/// The Platform API (qc-catalog). Options as the other clients, the organization id among them; like the
/// TypeScript SDK's per-request option, <see cref="ForOrganization"/> gives the same client in another
/// organization for some calls. Namespaces so far: authentication, data_pools (with grants and shares), applications,
/// marketplace, subscriptions, services, service_executions, service_jobs, organizations, algorithms,
/// implementations, use_cases, billing, quantum_workloads, eligibility, user_notifications, service_shares, managed_services,
/// workflow_services, external_services, git_integrations and users: all 24 of the reference.
/// </summary>
public sealed class HubPlatformClient : IDisposable
{
    readonly bool ownsTransport;

    public HubPlatformClient(HubClientOptions options) : this(new HubTransport(options, e => e.Platform, "Platform"), null,
        ownsTransport: true)
    { }

    HubPlatformClient(HubTransport transport, string? organizationId, bool ownsTransport)
    {
        Transport = transport;
        this.ownsTransport = ownsTransport;
        OrganizationId = organizationId;
        DataPools = new DataPoolsClient(transport, organizationId);
        Applications = new ApplicationsClient(transport, organizationId);
        Marketplace = new MarketplaceClient(transport, organizationId);
        Subscriptions = new SubscriptionsClient(transport, organizationId);
        Authentication = new AuthenticationClient(transport, organizationId);
        Services = new ServicesClient(transport, organizationId);
        ServiceExecutions = new ServiceExecutionsClient(transport, organizationId);
        ServiceJobs = new ServiceJobsClient(transport, organizationId);
        DataPoolGrants = new DataPoolGrantsClient(transport, organizationId);
        DataPoolShares = new DataPoolSharesClient(transport, organizationId);
        Organizations = new OrganizationsClient(transport, organizationId);
        Algorithms = new AlgorithmsClient(transport, organizationId);
        Implementations = new ImplementationsClient(transport, organizationId);
        UseCases = new UseCasesClient(transport, organizationId);
        Billing = new BillingClient(transport, organizationId);
        QuantumWorkloads = new QuantumWorkloadsClient(transport, organizationId);
        Eligibility = new EligibilityClient(transport, organizationId);
        Notifications = new NotificationsClient(transport, organizationId);
        ServiceShares = new ServiceSharesClient(transport, organizationId);
        ManagedServices = new ManagedServicesClient(transport, organizationId);
        WorkflowServices = new WorkflowServicesClient(transport, organizationId);
        ExternalServices = new ExternalServicesClient(transport, organizationId);
        ApiDefinitions = new ApiDefinitionsClient(transport, organizationId);
        GitIntegrations = new GitIntegrationsClient(transport, organizationId);
        Users = new UsersClient(transport, organizationId);
    }

    public HubTransport Transport { get; }

    /// <summary>The organization of a per-call view (<see cref="ForOrganization"/>); null: the client's own.</summary>
    public string? OrganizationId { get; }

    public DataPoolsClient DataPools { get; }
    public ApplicationsClient Applications { get; }
    public MarketplaceClient Marketplace { get; }
    public SubscriptionsClient Subscriptions { get; }
    public AuthenticationClient Authentication { get; }
    public ServicesClient Services { get; }
    public ServiceExecutionsClient ServiceExecutions { get; }
    public ServiceJobsClient ServiceJobs { get; }
    public DataPoolGrantsClient DataPoolGrants { get; }
    public DataPoolSharesClient DataPoolShares { get; }
    public OrganizationsClient Organizations { get; }
    public AlgorithmsClient Algorithms { get; }
    public ImplementationsClient Implementations { get; }
    public UseCasesClient UseCases { get; }
    public BillingClient Billing { get; }
    public QuantumWorkloadsClient QuantumWorkloads { get; }
    public EligibilityClient Eligibility { get; }
    public NotificationsClient Notifications { get; }
    public ServiceSharesClient ServiceShares { get; }
    public ManagedServicesClient ManagedServices { get; }
    public WorkflowServicesClient WorkflowServices { get; }
    public ExternalServicesClient ExternalServices { get; }
    public ApiDefinitionsClient ApiDefinitions { get; }
    public GitIntegrationsClient GitIntegrations { get; }
    public UsersClient Users { get; }

    /// <summary>The same client, its calls in another organization (X-OrganizationId); it shares this client's connection.</summary>
    public HubPlatformClient ForOrganization(string? organizationId) =>
        string.IsNullOrWhiteSpace(organizationId) ? this : new HubPlatformClient(Transport, organizationId!.Trim(), ownsTransport: false);

    public void Dispose()
    {
        if (ownsTransport) Transport.Dispose();
    }
}

/// <summary>The authentication namespace: the principal behind the token.</summary>
public sealed class AuthenticationClient : PlatformCaller
{
    internal AuthenticationClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public Task<PlatformPrincipal> AuthorizeAsync(CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<PlatformPrincipal>(Scoped(PlatformRoutes.Authorize), cancellationToken);
}
