using System.Management.Automation;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;
using KipuHub.Client.User.Models;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>The current user's personal access tokens: names and dates, never their values.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAccessToken")]
[OutputType(typeof(AccessToken))]
public sealed class GetQHubAccessTokenCommand : QHubCmdlet
{
    protected override string ErrorNoun => "AccessToken";

    protected override void ProcessRecord() => ForTarget("me", async token => await Hub.User.GetPersonalAccessTokensAsync(token));
}

/// <summary>
/// What New- and Reset-QHubAccessToken write: the token with its secret, which the Hub shows this once, as a
/// SecureString unless -AsPlainText.
/// </summary>
public abstract class NewTokenCmdlet : QHubCmdlet
{
    public const string TypeName = "KipuHub.NewAccessToken";

    /// <summary>The secret as plain text instead of a SecureString: it then shows on screen and in transcripts.</summary>
    [Parameter] public SwitchParameter AsPlainText { get; set; }

    protected override string ErrorNoun => "AccessToken";

    protected object? Shown(AccessToken created) => PlainObjects.ToPowerShell(new Dictionary<string, object?>
    {
        ["Id"] = created.Id,
        ["Name"] = created.Name,
        ["CreatedAt"] = created.CreatedAt,
        ["ExpiresAt"] = created.ExpiresAt,
        ["Token"] = AsPlainText ? created.Token : SecureText.Secure(created.Token ?? ""),
    }, TypeName);
}

/// <summary>Creates a personal access token; its secret is shown this once.</summary>
[Cmdlet(VerbsCommon.New, "QHubAccessToken", SupportsShouldProcess = true)]
[OutputType(typeof(PSObject))]
public sealed class NewQHubAccessTokenCommand : NewTokenCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    [Parameter] public DateTimeOffset? ExpiresAt { get; set; }

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"token '{Name}'", "Create a personal access token")) return;
        var request = new CreateAccessTokenRequest { Name = Name!, ExpiresAt = ExpiresAt };
        ForTarget(Name, async token => Shown(await Hub.User.CreatePersonalAccessTokenAsync(request, token)), creates: true);
    }
}

/// <summary>Deletes personal access tokens: they stop working at once.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubAccessToken", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubAccessTokenCommand : Common.IdCmdlet
{
    protected override string ErrorNoun => "AccessToken";

    protected override bool Confirm(string id) => ShouldProcess($"personal access token {id}", "Delete (it stops working at once)");

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        await Hub.User.DeletePersonalAccessTokenAsync(id, token);
        return null;
    }
}

/// <summary>Replaces the default personal access token; the old one stops working at once.</summary>
[Cmdlet(VerbsCommon.Reset, "QHubAccessToken", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(PSObject))]
public sealed class ResetQHubAccessTokenCommand : NewTokenCmdlet
{
    /// <summary>Skips the confirmation, for scripts (never -WhatIf).</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        if (!ShouldProcess("the default personal access token", "Regenerate (the old one stops working at once)", Force)) return;
        WriteWarning($"If this session's connection uses the default token (from {Hub.TokenSource}), it stops working now: connect again with the new token (Connect-QHub -Token).");
        ForTarget("default", async token => Shown(await Hub.User.RegenerateDefaultPersonalAccessTokenAsync(token)), creates: true);
    }
}
