using KipuHub.Client.Core.Http;
using P = KipuHub.Client.Platform.PlatformRoutes;
using Q = KipuHub.Client.Quantum.QuantumRoutes;
using U = KipuHub.Client.User.UserRoutes;

namespace KipuHub.PowerShell.Compatibility;

/// <summary>
/// The routes of the three Hub APIs each cmdlet calls, by its name: what Test-QHubApiCompatibility shows in its Cmdlet
/// column, so that a Moved or Undocumented row says which cmdlets it touches. Recovery calls count (New-QHubJob reads
/// the job listing when an answer was lost). A test holds every route of the tables to at least one cmdlet here, or
/// to <see cref="ClientOnly"/>.
/// </summary>
internal static class CmdletRoutes
{
    public static IReadOnlyDictionary<string, Route[]> ByCmdlet { get; } = new Dictionary<string, Route[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["Connect-QHub"] = new[] { U.GetCurrentUser, Q.GetBackends },

        ["Get-QHubBackend"] = new[] { Q.GetBackends, Q.GetBackend, Q.GetLeastBusyBackend },
        ["Get-QHubBackendStatus"] = new[] { Q.GetBackendStatus },
        ["Get-QHubBackendConfig"] = new[] { Q.GetBackendConfig },
        ["Get-QHubBackendCalibration"] = new[] { Q.GetBackendCalibration },
        ["New-QHubSession"] = new[] { Q.GetBackend, Q.CreateSession, Q.GetWorkloads, Q.GetSession },
        ["Get-QHubSession"] = new[] { Q.GetSession, Q.GetWorkloads, Q.GetServiceExecutionWorkloads },
        ["Get-QHubSessionStatus"] = new[] { Q.GetSessionStatus, Q.GetServiceExecutionSessionStatus },
        ["Set-QHubSession"] = new[] { Q.UpdateSessionState, Q.UpdateServiceExecutionSessionState },
        ["Close-QHubSession"] = new[] { Q.CloseSession, Q.GetSession, Q.CloseServiceExecutionSession },
        ["Stop-QHubSession"] = new[] { Q.CancelSession },
        ["New-QHubJob"] = new[] { Q.GetBackend, Q.CreateJob, Q.SearchJobs },
        ["Get-QHubJob"] = new[] { Q.SearchJobs, Q.GetJob, Q.GetSessionJobs, Q.GetServiceExecutionJob, Q.GetServiceExecutionSessionJobs },
        ["Get-QHubJobStatus"] = new[] { Q.GetJobStatus, Q.GetServiceExecutionJobStatus },
        ["Get-QHubJobInput"] = new[] { Q.GetJobInput, Q.GetServiceExecutionJobInput },
        ["Measure-QHubJobCost"] = new[] { Q.GetBackend, Q.GetJobInput },
        ["Get-QHubJobCalibration"] = new[] { Q.GetJobCalibration, Q.GetServiceExecutionJobCalibration },
        ["Stop-QHubJob"] = new[] { Q.CancelJob, Q.GetJob, Q.CancelServiceExecutionJob, Q.GetServiceExecutionJob },
        ["Wait-QHubJob"] = new[] { Q.SearchJobs, Q.GetJobStatus, Q.GetJob, Q.GetServiceExecutionJobStatus, Q.GetServiceExecutionJob },
        ["Receive-QHubJobResult"] = new[] { Q.GetJob, Q.GetJobResult, Q.GetServiceExecutionJob, Q.GetServiceExecutionJobResultStream },
        ["Save-QHubJobResult"] = new[] { Q.GetJob, Q.GetJobResultStream, Q.GetServiceExecutionJob, Q.GetServiceExecutionJobResultStream },
        ["Get-QHubWorkload"] = new[] { Q.GetWorkloads, Q.GetServiceExecutionWorkloads },

        ["Get-QHubUser"] = new[] { U.GetCurrentUser, U.GetUserById, U.SearchUsers },
        ["Set-QHubUser"] = new[] { U.UpdateCurrentUser },
        ["Remove-QHubUser"] = new[] { U.DeleteCurrentUser },
        ["Test-QHubUser"] = new[] { U.CheckUserExists },
        ["Get-QHubUserProfileImage"] = new[] { U.GetUserProfileImage, U.GetCurrentUser },
        ["Set-QHubUserProfileImage"] = new[] { U.UpdateCurrentUserProfileImage },
        ["Remove-QHubUserProfileImage"] = new[] { U.DeleteCurrentUserProfileImage },
        ["Get-QHubAccessToken"] = new[] { U.GetPersonalAccessTokens },
        ["New-QHubAccessToken"] = new[] { U.CreatePersonalAccessToken },
        ["Remove-QHubAccessToken"] = new[] { U.DeletePersonalAccessToken },
        ["Reset-QHubAccessToken"] = new[] { U.RegenerateDefaultPersonalAccessToken },
        ["Get-QHubPrincipal"] = new[] { U.AuthorizeByPersonalAccessToken },
        ["Get-QHubUserRegistrationStatus"] = new[] { U.GetUserRegistrationStatus },

        ["Get-QHubDataPool"] = new[] { P.GetDataPools, P.GetDataPool },
        ["New-QHubDataPool"] = new[] { P.CreateDataPool, P.UpdateDataPool },
        ["Set-QHubDataPool"] = new[] { P.UpdateDataPool },
        ["Remove-QHubDataPool"] = new[] { P.DeleteDataPool },
        ["Get-QHubDataPoolFile"] = new[] { P.GetDataPoolFiles },
        ["Add-QHubDataPoolFile"] = new[] { P.AddDataPoolFile },
        ["Save-QHubDataPoolFile"] = new[] { P.GetDataPoolFiles, P.GetDataPoolFile },
        ["Remove-QHubDataPoolFile"] = new[] { P.DeleteDataPoolFile },
        ["Get-QHubDataPoolGrant"] = new[] { P.GetDataPoolGrants },
        ["New-QHubDataPoolGrant"] = new[] { P.CreateDataPoolGrant },
        ["Remove-QHubDataPoolGrant"] = new[] { P.DeleteDataPoolGrant },
        ["Get-QHubDataPoolShare"] = new[] { P.GetDataPoolShares },
        ["New-QHubDataPoolShare"] = new[] { P.CreateDataPoolShare },
        ["Set-QHubDataPoolShare"] = new[] { P.UpdateDataPoolShare },
        ["Remove-QHubDataPoolShare"] = new[] { P.DeleteDataPoolShare },

        ["Get-QHubApplication"] = new[] { P.GetApplications, P.GetApplication },
        ["New-QHubApplication"] = new[] { P.CreateApplication },
        ["Set-QHubApplication"] = new[] { P.UpdateApplication },
        ["Remove-QHubApplication"] = new[] { P.DeleteApplication },
        ["Get-QHubApplicationCredential"] = new[] { P.GetApplicationCredentials },
        ["Reset-QHubApplicationCredential"] = new[] { P.RegenerateApplicationCredentials },
        ["New-QHubApplicationAccessToken"] = new[] { P.GetApplicationAccessToken },
        ["Get-QHubSubscription"] = new[] { P.GetSubscription, P.GetApplicationSubscriptions, P.GetApplications },
        ["New-QHubSubscription"] = new[] { P.CreateSubscription },
        ["Remove-QHubSubscription"] = new[] { P.DeleteSubscription },
        ["Get-QHubMarketplaceListing"] = new[] { P.FindServices, P.FindService, P.GetApiSpec },

        ["Get-QHubService"] = new[] { P.GetServices, P.GetService },
        ["Set-QHubService"] = new[] { P.GetService, P.UpdateServiceVersion },
        ["Remove-QHubService"] = new[] { P.DeleteService },
        ["Publish-QHubService"] = new[] { P.GetService, P.PublishService },
        ["Unpublish-QHubService"] = new[] { P.GetService, P.UnpublishService },
        ["Get-QHubServiceShare"] = new[] { P.GetServiceShares },
        ["New-QHubServiceShare"] = new[] { P.CreateServiceShare },
        ["Set-QHubServiceShare"] = new[] { P.UpdateServiceShare },
        ["Remove-QHubServiceShare"] = new[] { P.DeleteServiceShare },
        ["New-QHubManagedService"] = new[] { P.CreateManagedService },
        ["Publish-QHubManagedServiceSource"] = new[] { P.GetService, P.UpdateSourceCode },
        ["Get-QHubManagedServiceBuild"] = new[] { P.GetService, P.GetBuildStatus, P.GetBuildLogs },
        ["New-QHubWorkflowService"] = new[] { P.CreateWorkflowService, P.UpdateWorkflowModel },
        ["Get-QHubWorkflowModel"] = new[] { P.GetService, P.GetWorkflowModel },
        ["Set-QHubWorkflowModel"] = new[] { P.GetService, P.UpdateWorkflowModel },
        ["New-QHubExternalService"] = new[] { P.CreateExternalService },
        ["Get-QHubServiceApiDefinition"] = new[] { P.GetService, P.GetApiDefinition },
        ["Set-QHubServiceApiDefinition"] = new[] { P.GetService, P.UpdateApiDefinition },

        ["Get-QHubServiceExecution"] = new[] { P.GetServiceExecutions, P.GetServiceExecution, P.GetSubscriptionServiceExecutions },
        ["Wait-QHubServiceExecution"] = new[] { P.GetServiceExecution },
        ["Stop-QHubServiceExecution"] = new[] { P.CancelServiceExecution },
        ["Get-QHubServiceExecutionLog"] = new[] { P.GetServiceExecutionLogs },
        ["Receive-QHubServiceExecutionResult"] = new[] { P.GetServiceExecution, P.GetServiceExecutionResult },
        ["Get-QHubServiceExecutionInput"] = new[] { P.GetServiceExecutionInput },
        ["Get-QHubServiceExecutionMetric"] = new[] { P.GetServiceExecutionMetrics },
        ["Get-QHubServiceJob"] = new[] { P.GetServiceJobs, P.GetServiceJob },
        ["New-QHubServiceJob"] = new[] { P.CreateServiceJob },
        ["Stop-QHubServiceJob"] = new[] { P.CancelServiceJob },
        ["Remove-QHubServiceJob"] = new[] { P.DeleteServiceJob },

        ["Get-QHubOrganization"] = new[] { P.GetOrganizations, P.GetOrganization },
        ["New-QHubOrganization"] = new[] { P.CreateOrganization },
        ["Set-QHubOrganization"] = new[] { P.UpdateOrganization },
        ["Remove-QHubOrganization"] = new[] { P.DeleteOrganization },
        ["Get-QHubOrganizationMember"] = new[] { P.GetOrganizationMembers },
        ["Add-QHubOrganizationMember"] = new[] { P.AddOrganizationMember },
        ["Set-QHubOrganizationMember"] = new[] { P.UpdateOrganizationMember },
        ["Remove-QHubOrganizationMember"] = new[] { P.RemoveOrganizationMember },
        ["Get-QHubProviderToken"] = new[] { P.GetProviderTokens, P.GetUserProviderTokens },
        ["Set-QHubProviderToken"] = new[] { P.SetProviderToken, P.SetUserProviderToken },
        ["Remove-QHubProviderToken"] = new[] { P.DeleteProviderToken, P.DeleteUserProviderToken },
        ["Get-QHubAccount"] = new[] { P.GetAccount },
        ["Get-QHubInvitation"] = new[] { P.GetInvitations },
        ["New-QHubInvitation"] = new[] { P.CreateInvitation },
        ["Approve-QHubInvitation"] = new[] { P.AcceptInvitation },
        ["Remove-QHubInvitation"] = new[] { P.DeleteInvitation },

        ["Get-QHubAlgorithm"] = new[] { P.Algorithms.List, P.Algorithms.Get },
        ["New-QHubAlgorithm"] = new[] { P.Algorithms.Create },
        ["Set-QHubAlgorithm"] = new[] { P.Algorithms.Update },
        ["Remove-QHubAlgorithm"] = new[] { P.Algorithms.Delete },
        ["Get-QHubAlgorithmSketch"] = new[] { P.GetAlgorithmSketches },
        ["Add-QHubAlgorithmSketch"] = new[] { P.AddAlgorithmSketch },
        ["Remove-QHubAlgorithmSketch"] = new[] { P.DeleteAlgorithmSketch },
        ["Get-QHubAlgorithmRelation"] = new[] { P.GetAlgorithmRelations },
        ["Add-QHubAlgorithmRelation"] = new[] { P.AddAlgorithmRelation },
        ["Remove-QHubAlgorithmRelation"] = new[] { P.DeleteAlgorithmRelation },
        ["Get-QHubAlgorithmPermission"] = new[] { P.GetAlgorithmPermissions },
        ["Set-QHubAlgorithmPermission"] = new[] { P.SetAlgorithmPermission },
        ["Remove-QHubAlgorithmPermission"] = new[] { P.DeleteAlgorithmPermission },
        ["Get-QHubImplementation"] = new[] { P.Implementations.List, P.Implementations.Get },
        ["New-QHubImplementation"] = new[] { P.Implementations.Create },
        ["Set-QHubImplementation"] = new[] { P.Implementations.Update },
        ["Remove-QHubImplementation"] = new[] { P.Implementations.Delete },
        ["Get-QHubUseCase"] = new[] { P.UseCases.List, P.UseCases.Get },
        ["New-QHubUseCase"] = new[] { P.UseCases.Create },
        ["Set-QHubUseCase"] = new[] { P.UseCases.Update },
        ["Remove-QHubUseCase"] = new[] { P.UseCases.Delete },
        ["Get-QHubGitIntegration"] = new[] { P.GitIntegrations.List, P.GitIntegrations.Get },
        ["New-QHubGitIntegration"] = new[] { P.GitIntegrations.Create },
        ["Set-QHubGitIntegration"] = new[] { P.GitIntegrations.Update },
        ["Remove-QHubGitIntegration"] = new[] { P.GitIntegrations.Delete },

        ["Get-QHubBalance"] = new[] { P.GetBalance },
        ["Get-QHubRevenue"] = new[] { P.GetRevenueByMonth },
        ["Get-QHubBudget"] = new[] { P.GetBudget },
        ["Set-QHubBudget"] = new[] { P.UpdateBudget },
        ["Get-QHubCredit"] = new[] { P.GetCredits },
        ["Get-QHubBillingHistory"] = new[] { P.GetBillingHistory },
        ["Get-QHubCostReport"] = new[] { P.GetCostReport },
        ["Get-QHubQuantumWorkloadCost"] = new[] { P.GetQuantumWorkloadCosts },
        ["Test-QHubEligibility"] = new[] { P.CheckEligibility },
        ["Get-QHubNotification"] = new[] { P.GetNotifications, P.GetNotification },
        ["Set-QHubNotification"] = new[] { P.UpdateNotification, P.MarkAllNotificationsRead },
        ["Remove-QHubNotification"] = new[] { P.DeleteNotification },
    };

    /// <summary>Routes the client library has and no cmdlet calls (Invoke-QHubOperation reaches them by id).</summary>
    public static IReadOnlyList<Route> ClientOnly { get; } = new[]
    {
        P.Authorize, P.GetServiceVersions, P.GetServiceVersion, P.GetServiceJobLogs, P.GetCostsByMonth,
    };

    /// <summary>The cmdlets that call a route, in the order of the table; empty for a route no cmdlet calls.</summary>
    public static IReadOnlyList<string> Of(Route route) => byRoute.Value.TryGetValue(route, out var cmdlets) ? cmdlets :
        Array.Empty<string>();

    static readonly Lazy<Dictionary<Route, List<string>>> byRoute = new(() =>
    {
        var index = new Dictionary<Route, List<string>>();
        foreach (var pair in ByCmdlet)
            foreach (var route in pair.Value)
            {
                if (!index.TryGetValue(route, out var cmdlets)) index[route] = cmdlets = new List<string>();
                if (!cmdlets.Contains(pair.Key)) cmdlets.Add(pair.Key);
            }
        return index;
    });
}
