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
public sealed class GetQHubApplicationCredentialCommand : QHubPlatformCmdlet
{
    public const string TypeName = "KipuHub.ApplicationCredential";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The secret as plain text instead of a SecureString: it then shows on screen and in transcripts.</summary>
    [Parameter] public SwitchParameter AsPlainText { get; set; }

    protected override string ErrorNoun => "Application";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, _ => true, async (id, token) =>
    {
        var credentials = await Platform.Applications.GetApplicationCredentialsAsync(id, token);
        var secret = SecureText.Secure(credentials.ConsumerSecret ?? "");
        return PlainObjects.ToPowerShell(new Dictionary<string, object?>
        {
            ["ApplicationId"] = id,
            ["ConsumerKey"] = credentials.ConsumerKey,
            ["ConsumerSecret"] = AsPlainText ? credentials.ConsumerSecret : secret,
            ["Credential"] = new PSCredential(credentials.ConsumerKey ?? "", secret),
        }, TypeName);
    });
}
