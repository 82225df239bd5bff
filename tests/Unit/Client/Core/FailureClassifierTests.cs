using System.Net.Sockets;
using System.Security.Authentication;
using KipuHub.Client.Core.Http;

namespace KipuHub.Tests.Unit.Client.Core;

/// <summary>Which failures prove the request never left: those may be retried even for a create.</summary>
public sealed class FailureClassifierTests
{
    [Fact]
    public void A_failed_tls_handshake_is_not_sent_on_runtimes_without_HttpRequestError()
    {
        // .NET Framework and older .NET wrap it like this, with no HttpRequestError to read.
        var tls = new HttpRequestException("The SSL connection could not be established.", new AuthenticationException("Authentication failed"));
        Assert.True(FailureClassifier.CertainlyNotSent(tls));
        Assert.True(FailureClassifier.CertainlyNotSent(new IOException("wrapped", tls)));
    }

    [Fact]
    public void A_refused_connection_is_not_sent_and_a_reset_may_have_been()
    {
        Assert.True(FailureClassifier.CertainlyNotSent(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.False(FailureClassifier.CertainlyNotSent(new HttpRequestException("reset", new IOException("reset", new SocketException((int)SocketError.ConnectionReset)))));
        Assert.False(FailureClassifier.CertainlyNotSent(null));
    }
}
