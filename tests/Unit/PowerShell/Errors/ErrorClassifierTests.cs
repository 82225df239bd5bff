using KipuHub.Client.Core.Errors;
using KipuHub.Client.Credentials;
using KipuHub.Client.Quantum;
using KipuHub.PowerShell.Errors;

namespace KipuHub.Tests.Unit.PowerShell.Errors;

public sealed class ErrorClassifierTests
{
    static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders = new Dictionary<string, IReadOnlyList<string>>();

    static HubApiException Status(int status, string body = """{"message":"from the hub"}""") =>
        (HubApiException)typeof(HubApiException).Assembly.GetType("KipuHub.Client.Core.Errors.HubApiExceptions")!
            .GetMethod("ForStatus")!.Invoke(null, new object[] { status, $"GET x returned {status}.", NoHeaders, body })!;

    public static TheoryData<Exception, string, bool, bool, string, ErrorKind> Cases => new()
    {
        { Status(404), "Job", false, false, "JobNotFound", ErrorKind.ObjectNotFound },
        { Status(404), "Session", false, false, "SessionNotFound", ErrorKind.ObjectNotFound },
        { Status(404), "Backend", false, false, "BackendNotFound", ErrorKind.ObjectNotFound },
        { Status(404), "JobResult", false, false, "JobResultNotAvailable", ErrorKind.ObjectNotFound },
        { Status(401), "Job", false, false, "Unauthorized", ErrorKind.AuthenticationError },
        { Status(403), "Job", false, false, "Forbidden", ErrorKind.PermissionDenied },
        { Status(400), "Job", true, false, "InvalidJobInput", ErrorKind.InvalidArgument },
        { Status(400), "Session", true, false, "InvalidSessionRequest", ErrorKind.InvalidArgument },
        { Status(409), "Job", true, true, "SessionNotAcceptingJobs", ErrorKind.InvalidOperation },
        { Status(409), "Job", false, false, "JobConflict", ErrorKind.InvalidOperation },
        { Status(422), "Session", true, false, "SessionsNotSupported", ErrorKind.InvalidOperation },
        { Status(413), "Job", true, false, "ContentTooLarge", ErrorKind.LimitsExceeded },
        { Status(415), "Job", true, false, "UnsupportedMediaType", ErrorKind.InvalidData },
        { Status(429), "Job", false, false, "RateLimited", ErrorKind.LimitsExceeded },
        { Status(500), "Job", false, false, "HubServerError", ErrorKind.ResourceUnavailable },
        { Status(503), "Job", false, false, "HubServerError", ErrorKind.ResourceUnavailable },
        { new HubTimeoutException("slow", TimeSpan.FromSeconds(1)), "Job", true, false, "RequestOutcomeUnknown", ErrorKind.OperationTimeout },
        { new HubTimeoutException("slow", TimeSpan.FromSeconds(1)), "Job", false, false, "HubTimeout", ErrorKind.OperationTimeout },
        { new HubTransportException("refused") { RequestMayHaveBeenProcessed = false }, "Job", true, false, "HubUnreachable", ErrorKind.ConnectionError },
        { new HubTransportException("reset"), "Job", true, false, "RequestOutcomeUnknown", ErrorKind.ConnectionError },
        { new RequestOutcomeUnknownException("502 and no job found", Status(502), "kqh-request:1"), "Job", true, false, "RequestOutcomeUnknown", ErrorKind.ConnectionError },
        { new RequestOutcomeUnknownException("slow and no session found", new HubTimeoutException("slow", TimeSpan.FromSeconds(1)), "kqh-request:2"), "Session", true, false, "RequestOutcomeUnknown", ErrorKind.OperationTimeout },
        { new HubTransportException("reset"), "Job", false, false, "ConnectionLost", ErrorKind.ConnectionError },
        { new HubTransportException("bad json") { IsMalformedResponse = true }, "Job", false, false, "InvalidHubResponse", ErrorKind.InvalidResult },
        { new CredentialUnavailableException("none", Array.Empty<string>()), "Connection", false, false, "CredentialUnavailable", ErrorKind.AuthenticationError },
        { new ArgumentException("bad"), "Job", false, false, "InvalidArgument", ErrorKind.InvalidArgument },
        { new ArgumentException("not JSON"), "Job", true, false, "InvalidJobInput", ErrorKind.InvalidArgument },
        { new IOException("exists"), "JobResult", false, false, "FileError", ErrorKind.WriteError },
        { new OperationNotDocumentedException("not documented", "getCredits", new[] { "getBudget" }, Status(404)), "Credit", false, false, "OperationNotDocumented", ErrorKind.NotImplemented },
        { new KipuHub.Client.Core.Files.FileExistsException("/tmp/r.json"), "JobResult", false, false, "FileExists", ErrorKind.ResourceExists },
        { new KipuHub.Client.Core.Files.PathIsFolderException("/tmp", "'/tmp' is a folder"), "DataPoolFile", false, false, "PathIsFolder", ErrorKind.InvalidArgument },
        { new KipuHub.Client.Core.OpenApi.UnknownOperationException("no getBakend", "getBakend"), "Resource", false, false, "OperationNotFound", ErrorKind.ObjectNotFound },
        { new InvalidOperationException("?"), "Job", false, false, "UnexpectedError", ErrorKind.NotSpecified },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Errors_get_specific_ids_and_fitting_categories(Exception error, string noun, bool creates, bool inSession, string errorId, ErrorKind kind)
    {
        var classified = ErrorClassifier.Classify(error, new ErrorContext(noun, creates, inSession), "id-1");
        Assert.Equal(errorId, classified.ErrorId);
        Assert.Equal(kind, classified.Kind);
        Assert.False(string.IsNullOrWhiteSpace(classified.Message));
    }

    [Fact]
    public void Messages_say_what_to_do_next()
    {
        Assert.Contains("Set-QHubContext -OrganizationId", ErrorClassifier.Classify(Status(404), new ErrorContext("Job"), "j-9").Message);
        Assert.Contains("Job 'j-9'", ErrorClassifier.Classify(Status(404), new ErrorContext("Job"), "j-9").Message);
        Assert.Contains("Wait-QHubJob", ErrorClassifier.Classify(Status(404), new ErrorContext("JobResult"), "j-9").Message);
        Assert.Contains("New-QHubSession", ErrorClassifier.Classify(Status(409, """{"message":"Session s is DRAINING"}"""), new ErrorContext("Job", true, true)).Message);
        var timeout = new JobWaitTimeoutException(TimeSpan.FromSeconds(5), new JobWaitProgress(2, 1, new Dictionary<string, int> { ["RUNNING"] = 1, ["COMPLETED"] = 1 }, 3, 1));
        var waited = ErrorClassifier.Classify(timeout, new ErrorContext("Job"));
        Assert.Equal("WaitTimeout", waited.ErrorId);
        Assert.Contains("1 of 2 done", waited.Message);
    }

    [Fact]
    public void A_404_of_a_create_names_what_it_referred_to_as_the_Hub_says()
    {
        var job = new ErrorContext("Job", Creates: true, RefersTo: new[] { "Backend", "Session" });
        Assert.Equal("BackendNotFound", ErrorClassifier.Classify(Status(404, """{"message":"Backend 'nope' not found."}"""), job, "nope").ErrorId);
        Assert.Equal("SessionNotFound", ErrorClassifier.Classify(Status(404, """{"message":"Session 's-1' not found."}"""), job, "aws.sim.sv1").ErrorId);
        var pool = new ErrorContext("DataPoolGrant", Creates: true, RefersTo: new[] { "DataPool", "Service" });
        Assert.Equal("DataPoolNotFound", ErrorClassifier.Classify(Status(404, """{"message":"Data pool 'p' not found."}"""), pool, "p").ErrorId);
    }

    [Fact]
    public void Messages_neither_repeat_the_Hub_nor_send_users_to_a_context_that_cannot_matter()
    {
        var job = ErrorClassifier.Classify(Status(404, """{"message":"Job 'j-9' not found."}"""), new ErrorContext("Job"), "j-9").Message;
        Assert.Equal("Job 'j-9' was not found. Check the id and the context: an organization's things are invisible elsewhere " +
            "(Get-QHubContext; Set-QHubContext -OrganizationId).", job);
        var user = ErrorClassifier.Classify(Status(404, """{"message":"User 'u' not found."}"""), new ErrorContext("User"), "u").Message;
        Assert.Equal("User 'u' was not found. Check the id.", user);
        var member = ErrorClassifier.Classify(Status(409, """{"message":"User 'u' is a member of 't1' already."}"""), new ErrorContext("OrganizationMember"), "u").Message;
        Assert.Equal("User 'u' is a member of 't1' already. To change the role of a member, use Set-QHubOrganizationMember.", member);
        Assert.DoesNotContain("..", ErrorClassifier.Classify(Status(409, """{"message":"Taken."}"""), new ErrorContext("Service"), "s").Message);
        Assert.EndsWith("Use -Force to replace it.", ErrorClassifier.Classify(new KipuHub.Client.Core.Files.FileExistsException("/r.json"), new ErrorContext("JobResult")).Message);
    }

    [Fact]
    public void Only_auth_failures_always_terminate()
    {
        Assert.True(ErrorClassifier.Classify(Status(401), new ErrorContext("Job")).AlwaysTerminating);
        Assert.True(ErrorClassifier.Classify(Status(403), new ErrorContext("Job")).AlwaysTerminating);
        Assert.False(ErrorClassifier.Classify(Status(404), new ErrorContext("Job")).AlwaysTerminating);
    }
}
