using System.Management.Automation;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets applications by id, or lists those of the context.</summary>
[Cmdlet(VerbsCommon.Get, "QHubApplication")]
[OutputType(typeof(Application))]
public sealed class GetQHubApplicationCommand : QHubPlatformCmdlet
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override string ErrorNoun => "Application";

    protected override int TargetCount => Math.Max(Id?.Length ?? 0, 1);

    protected override void ProcessRecord()
    {
        if (Id is { } ids) ForEachId(ids, _ => true, async (id, token) => await Platform.Applications.GetApplicationAsync(id, token));
        else ForTarget(OrganizationId ?? Hub.Context, async token => await Platform.Applications.GetApplicationsAsync(token));
    }
}

/// <summary>Creates an application; a name already used in the context is ApplicationConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubApplication", SupportsShouldProcess = true)]
[OutputType(typeof(Application))]
public sealed class NewQHubApplicationCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    protected override string ErrorNoun => "Application";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"application '{Name}'", "Create")) return;
        ForTarget(Name, async token => await Platform.Applications.CreateApplicationAsync(Name!, token), creates: true);
    }
}

/// <summary>Deletes applications; their gateway credentials stop working.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubApplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubApplicationCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Skips the confirmation, for scripts (never -WhatIf).</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "Application";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"application {id}", "Delete (its gateway credentials stop working)", Force), async (id, token) =>
        {
            await Platform.Applications.DeleteApplicationAsync(id, token);
            return null;
        });
}

/// <summary>
/// The gateway credentials of applications: consumer key, consumer secret (a SecureString unless -AsPlainText)
/// and both as a PSCredential, ready for Connect-QHubService -Credential.
/// </summary>
[Cmdlet(VerbsCommon.Get, "QHubApplicationCredential")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubApplicationCredentialCommand : ApplicationSecretCmdlet
{
    public const string TypeName = "KipuHub.ApplicationCredential";

    protected override void ProcessRecord() => ForEachId(Id, _ => true, async (id, token) =>
        Credentials(id, await Platform.Applications.GetApplicationCredentialsAsync(id, token)));
}

/// <summary>Renames applications; a name already used in the context is ApplicationConflict.</summary>
[Cmdlet(VerbsCommon.Set, "QHubApplication", SupportsShouldProcess = true)]
[OutputType(typeof(Application))]
public sealed class SetQHubApplicationCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    protected override string ErrorNoun => "Application";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"application {Id}", $"Rename to '{Name}'")) return;
        ForTarget(Id, async token => await Platform.Applications.UpdateApplicationAsync(Id!, Name!, token));
    }
}

/// <summary>What the application-secret cmdlets write: the secret as a SecureString unless -AsPlainText, never logged.</summary>
public abstract class ApplicationSecretCmdlet : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The secret as plain text instead of a SecureString: it then shows on screen and in transcripts.</summary>
    [Parameter] public SwitchParameter AsPlainText { get; set; }

    protected override string ErrorNoun => "Application";

    protected override int TargetCount => Id.Length;

    protected object Secret(string? secret) => AsPlainText ? secret ?? "" : SecureText.Secure(secret ?? "");

    protected PSObject Credentials(string id, ApplicationCredentials credentials)
    {
        var secret = SecureText.Secure(credentials.ConsumerSecret ?? "");
        return PlainObjects.ToPowerShell(new Dictionary<string, object?>
        {
            ["ApplicationId"] = id,
            ["ConsumerKey"] = credentials.ConsumerKey,
            ["ConsumerSecret"] = Secret(credentials.ConsumerSecret),
            ["Credential"] = new PSCredential(credentials.ConsumerKey ?? "", secret),
        }, GetQHubApplicationCredentialCommand.TypeName) as PSObject ?? throw new InvalidOperationException("Credentials have no object form.");
    }
}

/// <summary>Gives applications a new consumer secret: the old one stops working at once. Only where the Hub allows it.</summary>
[Cmdlet(VerbsCommon.Reset, "QHubApplicationCredential", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(PSObject))]
public sealed class ResetQHubApplicationCredentialCommand : ApplicationSecretCmdlet
{
    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"application {id}", "Replace the consumer secret (the old one stops working)"), async (id, token) =>
        Credentials(id, await Platform.Applications.RegenerateApplicationCredentialsAsync(id, token)));
}

/// <summary>A bearer token for the gateway issued to applications, ready for Connect-QHubService -Token.</summary>
[Cmdlet(VerbsCommon.New, "QHubApplicationAccessToken", SupportsShouldProcess = true)]
[OutputType(typeof(PSObject))]
public sealed class NewQHubApplicationAccessTokenCommand : ApplicationSecretCmdlet
{
    public const string TypeName = "KipuHub.ApplicationAccessToken";

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"application {id}", "Issue a gateway access token"), async (id, token) =>
    {
        var access = await Platform.Applications.GetAccessTokenAsync(id, token);
        return PlainObjects.ToPowerShell(new Dictionary<string, object?>
        {
            ["ApplicationId"] = id,
            ["Token"] = Secret(access.Secret),
            ["ExpiresAt"] = access.ExpiresAt,
        }, TypeName);
    });
}
