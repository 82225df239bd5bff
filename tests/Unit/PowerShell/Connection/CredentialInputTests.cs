using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Connection;

/// <summary>
/// Every way a secret comes in is read the same way: surrounding whitespace (a file read with Get-Content -Raw, a credential
/// asset ending in a line break) is dropped, and what is still not one line of text is refused naming where it came from,
/// never showing it: not in the error, its exception, -Debug or -Verbose.
/// </summary>
public sealed class CredentialInputTests : EmulatorFixture, IDisposable
{
    const string Hidden = "kqh-secret-part-do-not-show";
    readonly HostedShell shell = HostedShell.WithModule();

    string Gateway => new Uri(Root, "gateway/demo/my-service/1.0.0").ToString();

    public void Dispose()
    {
        shell.Invoke("Disconnect-QHub");
        shell.Dispose();
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData(" \t")]
    public void A_token_that_ends_in_a_line_break_connects(string ending)
    {
        shell.Run("param($e, $t) Connect-QHub -Endpoint $e -Token (ConvertTo-SecureString $t -AsPlainText -Force); Get-QHubBackend | Select-Object -First 1",
            Root.ToString(), EmulatorOptions.DevToken + ending);
        shell.Run("param($e, $t) Connect-QHub -Endpoint $e -Credential ([pscredential]::new('token', (ConvertTo-SecureString $t -AsPlainText -Force)))",
            Root.ToString(), EmulatorOptions.DevToken + ending);
    }

    [Theory]
    [InlineData("-Token (ConvertTo-SecureString $t -AsPlainText -Force)", "parameter -Token")]
    [InlineData("-Credential ([pscredential]::new('token', (ConvertTo-SecureString $t -AsPlainText -Force)))", "parameter -Credential")]
    public void A_token_with_a_line_break_inside_is_refused_without_showing_it(string parameter, string source)
    {
        shell.Invoke($"param($e, $t) Connect-QHub -Endpoint $e {parameter} -Debug -Verbose", Root.ToString(), "first-" + Hidden + "\nsecond-" + Hidden);

        var error = Assert.Single(shell.Errors);
        Assert.StartsWith("InvalidCredential,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains(source, error.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Hidden, shell.Transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_from_the_environment_with_a_line_break_inside_is_refused_naming_the_variable()
    {
        shell.Invoke("""
            param($e, $t)
            $env:KQH_PERSONAL_ACCESS_TOKEN = $t
            try { Connect-QHub -Endpoint $e -Debug } finally { Remove-Item env:KQH_PERSONAL_ACCESS_TOKEN }
            """, Root.ToString(), "a-" + Hidden + "\nb");
        Assert.Contains("environment variable KQH_PERSONAL_ACCESS_TOKEN", Assert.Single(shell.Errors).ErrorDetails.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain(Hidden, shell.Transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_token_or_consumer_secret_with_a_line_break_inside_is_refused_without_showing_it()
    {
        shell.Invoke("param($u, $t) Connect-QHubService -Uri $u -Token (ConvertTo-SecureString $t -AsPlainText -Force) -Debug", Gateway,
            Hidden + "\nx");
        Assert.StartsWith("InvalidCredential,", Assert.Single(shell.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.DoesNotContain(Hidden, shell.Transcript, StringComparison.Ordinal);

        shell.Invoke("param($u, $s) Connect-QHubService -Uri $u -ConsumerKey emulator-key -ConsumerSecret (ConvertTo-SecureString $s -AsPlainText -Force) -Debug",
            Gateway, Hidden + "\u0007x");
        Assert.Contains("-ConsumerSecret", Assert.Single(shell.Errors).ErrorDetails.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Hidden, shell.Transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_secret_from_a_credential_asset_ending_in_a_line_break_connects_and_shows_no_basic_credentials()
    {
        shell.Run("""
            param($u, $k, $s)
            Connect-QHubService -Uri $u -Credential ([pscredential]::new($k, (ConvertTo-SecureString $s -AsPlainText -Force))) -Debug -Verbose
            Start-QHubServiceExecution -Input @{ n = 1 } -Debug -Verbose | Out-Null
            """, Gateway, EmulatorOptions.DevGatewayKey, EmulatorOptions.DevGatewaySecret + "\r\n");
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(EmulatorOptions.DevGatewayKey + ":" + EmulatorOptions.DevGatewaySecret));
        Assert.DoesNotContain(basic, shell.Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorOptions.DevGatewaySecret, shell.Transcript, StringComparison.Ordinal);
        Assert.Contains("/gateway/token", shell.Transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_consumer_secret_is_shown_nowhere_nor_its_basic_credentials()
    {
        var secret = "wrong-" + Hidden;
        shell.Invoke("param($u, $s) Connect-QHubService -Uri $u -ConsumerKey emulator-key -ConsumerSecret (ConvertTo-SecureString $s -AsPlainText -Force) -Debug -Verbose",
            Gateway, secret);

        Assert.StartsWith("Unauthorized,", Assert.Single(shell.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(EmulatorOptions.DevGatewayKey + ":" + secret));
        Assert.DoesNotContain(basic, shell.Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(Hidden, shell.Transcript, StringComparison.Ordinal);
    }
}
