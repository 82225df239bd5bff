using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Connection;

/// <summary>An endpoint is a base URL alone: user information, a query or a fragment in it is refused, and never shown.</summary>
public sealed class EndpointTests : IDisposable
{
    readonly HostedShell shell = HostedShell.WithModule();

    public void Dispose() => shell.Dispose();

    [Theory]
    [InlineData("Connect-QHub -Endpoint 'http://ada:kqh-hidden-password@127.0.0.1:5080' -SkipValidation -Token (ConvertTo-SecureString 'x-token-123456' -AsPlainText -Force) -Verbose")]
    [InlineData("Connect-QHub -Endpoint 'https://hub.example/?key=kqh-hidden-password' -SkipValidation -Token (ConvertTo-SecureString 'x-token-123456' -AsPlainText -Force) -Verbose")]
    [InlineData("Connect-QHub -Endpoint 'https://hub.example/#kqh-hidden-password' -SkipValidation -Token (ConvertTo-SecureString 'x-token-123456' -AsPlainText -Force) -Verbose")]
    [InlineData("$env:KQH_ENDPOINT = 'https://ada:kqh-hidden-password@hub.example'; try { Connect-QHub -SkipValidation -Token (ConvertTo-SecureString 'x-token-123456' -AsPlainText -Force) -Verbose } finally { Remove-Item env:KQH_ENDPOINT }")]
    [InlineData("Connect-QHubService -Uri 'https://ada:kqh-hidden-password@gateway.example/acme/svc/1.0.0' -Token (ConvertTo-SecureString 'x-token-123456' -AsPlainText -Force) -Verbose")]
    public void An_endpoint_with_credentials_a_query_or_a_fragment_is_refused_without_showing_them(string script)
    {
        shell.Invoke(script);

        var error = Assert.Single(shell.Errors);
        Assert.Contains("InvalidArgument", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.DoesNotContain("kqh-hidden-password", shell.Transcript, StringComparison.Ordinal);
        // Another test's runspace may have made the process's connection; none may be the refused endpoint.
        var contexts = shell.Invoke("Get-QHubContext -ErrorAction SilentlyContinue | Format-List * | Out-String").Select(o => o.ToString());
        Assert.DoesNotContain(contexts, c => c.Contains("hub.example", StringComparison.Ordinal) ||
            c.Contains("gateway.example", StringComparison.Ordinal));
    }
}
