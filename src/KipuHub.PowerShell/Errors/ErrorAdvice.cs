namespace KipuHub.PowerShell.Errors;

/// <summary>The next step an error message names, by the Hub noun it is about.</summary>
internal static class ErrorAdvice
{
    // What an organization cannot hide: users, backends, the organizations themselves, what belongs to the caller.
    static readonly HashSet<string> ContextFree = new(StringComparer.Ordinal)
    {
        "User", "UserProfileImage", "UserRegistrationStatus", "Backend", "Organization", "OrganizationMember", "Invitation",
        "Listing", "AccessToken", "Principal", "Account", "Operation", "Resource", "ApiDocument", "ProviderToken", "Notification",
    };

    static readonly Dictionary<string, string> Conflicts = new(StringComparer.Ordinal)
    {
        ["OrganizationMember"] = "To change the role of a member, use Set-QHubOrganizationMember.",
        ["DataPoolShare"] = "To change what a share allows, use Set-QHubDataPoolShare.",
        ["ServiceShare"] = "To change what a share allows, use Set-QHubServiceShare.",
        ["DataPoolGrant"] = "The service may read the pool already (Get-QHubDataPoolGrant); remove the grant to give it anew.",
        ["Subscription"] = "The application is subscribed to this service already (Get-QHubSubscription -ApplicationId).",
        ["DataPool"] = "Pick another name, or change the pool there (Set-QHubDataPool).",
        ["Application"] = "Pick another name, or change the application there (Set-QHubApplication).",
        ["Organization"] = "Pick another name, or change the organization there (Set-QHubOrganization).",
        ["Algorithm"] = "Pick another name, or change the algorithm there (Set-QHubAlgorithm).",
        ["Implementation"] = "Pick another name, or change the implementation there (Set-QHubImplementation).",
        ["UseCase"] = "Pick another title, or change the use case there (Set-QHubUseCase).",
        ["GitIntegration"] = "Pick another name, or change the integration there (Set-QHubGitIntegration).",
    };

    /// <summary>What to check when something is not found: the id, and where it is context-scoped the organization context.</summary>
    public static string NotFound(string noun) => ContextFree.Contains(noun)
        ? "Check the id."
        : "Check the id and the context: an organization's things are invisible elsewhere (Get-QHubContext; Set-QHubContext " +
            "-OrganizationId).";

    static readonly Dictionary<string, string> UnsafeNames = new(StringComparer.Ordinal)
    {
        ["JobResult"] = "To keep it, give -Path the name of a file to save this one job's result to.",
        ["DataPoolFile"] = "To keep it, give -Name a file name of your choosing.",
        ["ServiceExecutionResult"] = "The other files go on; to keep this one, read it with Invoke-QHubRequest -OutFile.",
    };

    /// <summary>How to keep a file whose server-chosen name was refused.</summary>
    public static string UnsafeName(string noun) => UnsafeNames.TryGetValue(noun, out var next) ? next : "";

    public static string Conflict(string noun) => Conflicts.TryGetValue(noun, out var next) ? next : "";

    /// <summary>A sentence of the Hub's, ending with exactly one period.</summary>
    public static string? Sentence(string? server) =>
        string.IsNullOrWhiteSpace(server) ? null : server!.Trim().TrimEnd('.') + ".";

    /// <summary>Sentences joined by one space, the empty ones left out.</summary>
    public static string Join(params string?[] sentences) => string.Join(" ", sentences.Where(s => !string.IsNullOrWhiteSpace(s)));
}
