using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Credentials;
using KipuHub.Client.Quantum;
using KipuHub.Client.Service;

namespace KipuHub.PowerShell.Errors;

/// <summary>Mirrors the names of System.Management.Automation.ErrorCategory used here (a unit test keeps them equal).</summary>
public enum ErrorKind
{
    NotSpecified,
    InvalidArgument,
    ObjectNotFound,
    AuthenticationError,
    PermissionDenied,
    ResourceUnavailable,
    OperationTimeout,
    ConnectionError,
    InvalidOperation,
    LimitsExceeded,
    InvalidData,
    InvalidResult,
    WriteError,
    NotImplemented,
    ResourceExists,
}

/// <summary>What the cmdlet was doing when it failed: the Hub noun it addressed and whether it was creating.</summary>
/// <param name="RefersTo">For a create: the nouns of what it refers to (Backend, Session), which a 404 is about; the one
/// the Hub's message names, else the first.</param>
public sealed record ErrorContext(string Noun, bool Creates = false, bool InSession = false, IReadOnlyList<string>? RefersTo = null);

public sealed record ClassifiedError(string ErrorId, ErrorKind Kind, string Message)
{
    /// <summary>Failures a script must not run past: no connection, no or bad credentials.</summary>
    public bool AlwaysTerminating => Kind is ErrorKind.AuthenticationError or ErrorKind.PermissionDenied;
}

/// <summary>Turns client exceptions into stable ErrorIds, categories and messages that say what to do.</summary>
public static class ErrorClassifier
{
    public static ClassifiedError Classify(Exception error, ErrorContext context, string? target = null)
    {
        var noun = context.Noun;
        var what = target is null ? noun : $"{noun} '{target}'";
        return error switch
        {
            CredentialUnavailableException e => new("CredentialUnavailable", ErrorKind.AuthenticationError, Wire(e)),
            InvalidCredentialException e => new("InvalidCredential", ErrorKind.AuthenticationError, Wire(e)),
            Connection.OrganizationNotFoundException e => new("OrganizationNotFound", ErrorKind.ObjectNotFound, Wire(e)),
            Connection.VaultUnavailableException e => new("SecretManagementNotInstalled", ErrorKind.ResourceUnavailable, Wire(e)),
            Connection.SecretNotFoundException e => new("SecretNotFound", ErrorKind.ObjectNotFound, Wire(e)),
            Connection.VaultNotFoundException e => new("VaultNotFound", ErrorKind.ObjectNotFound, Wire(e)),
            UnauthorizedException e => new("Unauthorized", ErrorKind.AuthenticationError, Wire(e)),
            // A gateway's 403: the application's credentials are good, but it is not subscribed to the service.
            ForbiddenException e when noun == "ServiceExecution" => new("ServiceNotSubscribed", ErrorKind.PermissionDenied,
                ErrorAdvice.Join(ErrorAdvice.Sentence(e.ServerMessage) ?? "The gateway refused the application.",
                    "Subscribe the application to the service (New-QHubSubscription -ApplicationId <id> -ServiceId <id>; " +
                    "Get-QHubMarketplaceListing shows the ServiceId), or connect with the credentials of an application that is.")),
            ForbiddenException e => new("Forbidden", ErrorKind.PermissionDenied, Wire(e)),
            NotFoundException e when noun == "JobResult" => new("JobResultNotAvailable", ErrorKind.ObjectNotFound, ErrorAdvice.Join(
                ErrorAdvice.Sentence(e.ServerMessage) ?? $"Job '{target}' has no result yet: it is still running, or it was cancelled.",
                "Wait for it first (Wait-QHubJob), then read its result.")),
            NotFoundException e when noun == "ServiceExecutionResult" => new("ServiceExecutionResultNotAvailable", ErrorKind.ObjectNotFound,
                ErrorAdvice.Join(ErrorAdvice.Sentence(e.ServerMessage)
                    ?? $"Service execution '{target}' has no result yet: it is still running, or it failed or was cancelled.",
                    "Wait for it first (Wait-QHubServiceExecution); a failed one says why in its log (Get-QHubServiceExecutionLog).")),
            NotFoundException e when context.Creates && context.RefersTo is { Count: > 0 } refersTo =>
                NotFound(e, Referred(refersTo, e.ServerMessage), null, null),
            NotFoundException e => NotFound(e, noun, what, target),
            ConflictException e when context.InSession => new("SessionNotAcceptingJobs", ErrorKind.InvalidOperation, ErrorAdvice.Join(
                ErrorAdvice.Sentence(e.ServerMessage) ?? Wire(e),
                    "Open a new session (New-QHubSession) or resume this one (Set-QHubSession -AcceptJobs $true).")),
            ConflictException e => new($"{noun}Conflict", ErrorKind.InvalidOperation,
                ErrorAdvice.Join(ErrorAdvice.Sentence(e.ServerMessage) ?? Wire(e), ErrorAdvice.Conflict(noun))),
            UnprocessableEntityException e when noun == "Session" => new("SessionsNotSupported", ErrorKind.InvalidOperation,
                $"{e.ServerMessage ?? Wire(e)} Submit jobs without a session, or pick a backend that supports sessions."),
            UnprocessableEntityException e => new($"Invalid{noun}", ErrorKind.InvalidArgument, Wire(e)),
            // The Hub refuses a job for an OFFLINE or RETIRED backend with a 400 that names the status: not the input's fault.
            BadRequestException e when noun == "Job" && context.Creates && NamesUnavailableBackend(e.ServerMessage) =>
                new("BackendUnavailable", ErrorKind.ResourceUnavailable, ErrorAdvice.Join(ErrorAdvice.Sentence(e.ServerMessage),
                    "Pick a backend that is ONLINE (Get-QHubBackend | Where-Object Status -EQ ONLINE), or wait until this one is.")),
            BadRequestException e when noun == "Job" && context.Creates => new("InvalidJobInput", ErrorKind.InvalidArgument, Wire(e)),
            BadRequestException e => new($"Invalid{noun}Request", ErrorKind.InvalidArgument, Wire(e)),
            ContentTooLargeException e when noun == "DataPoolFile" => new("ContentTooLarge", ErrorKind.LimitsExceeded, ErrorAdvice.Join(
                ErrorAdvice.Sentence(e.ServerMessage) ?? "The Hub refused the file as larger than its configured limit.",
                "Nothing was stored. Split the file into parts the limit takes, each its own file in the pool.")),
            ContentTooLargeException e => new("ContentTooLarge", ErrorKind.LimitsExceeded, ErrorAdvice.Join(
                ErrorAdvice.Sentence(e.ServerMessage) ?? "The Hub refused the request body as too large.",
                "Nothing was processed. Send less: split the input, or put large data in a data pool (Add-QHubDataPoolFile) and pass a " +
                    "reference.")),
            UnsupportedMediaTypeException e => new("UnsupportedMediaType", ErrorKind.InvalidData, Wire(e)),
            RequestOutcomeUnknownException e => new("RequestOutcomeUnknown",
                e.InnerException is HubTimeoutException ? ErrorKind.OperationTimeout : ErrorKind.ConnectionError, Wire(e)),
            Client.Core.OpenApi.UnknownOperationException e => new("OperationNotFound", ErrorKind.ObjectNotFound, Wire(e)),
            OperationNotDocumentedException e => new("OperationNotDocumented", ErrorKind.NotImplemented, Wire(e)),
            HubApiException { StatusCode: 429 } e => new("RateLimited", ErrorKind.LimitsExceeded, Wire(e)),
            HubApiException { StatusCode: >= 500 } e => new("HubServerError", ErrorKind.ResourceUnavailable, Wire(e)),
            HubApiException e => new($"{noun}RequestFailed", ErrorKind.InvalidOperation, Wire(e)),
            HubTimeoutException e when context.Creates => new("RequestOutcomeUnknown", ErrorKind.OperationTimeout, Wire(e)),
            HubTimeoutException e => new("HubTimeout", ErrorKind.OperationTimeout, Wire(e)),
            HubTransportException { RequestMayHaveBeenProcessed: false } e => new("HubUnreachable", ErrorKind.ConnectionError, Wire(e)),
            HubTransportException e when context.Creates => new("RequestOutcomeUnknown", ErrorKind.ConnectionError, Wire(e)),
            HubTransportException e when e.IsMalformedResponse => new("InvalidHubResponse", ErrorKind.InvalidResult, Wire(e)),
            HubTransportException e => new("ConnectionLost", ErrorKind.ConnectionError, Wire(e)),
            JobFailedException { Job.Status: "CANCELLED" } e => new("JobCancelled", ErrorKind.InvalidResult,
                $"Job {e.Job.Id} was cancelled: it has no result, and waiting will not bring one. Submit it again for a result."),
            JobFailedException e => new(e.Job.Status == Client.Quantum.Models.JobStatus.Aborted ? "JobAborted" : "JobFailed",
                ErrorKind.InvalidResult,
                $"{Wire(e)} It has no result; its ErrorData says more (Get-QHubJob -Id {e.Job.Id})."),
            ServiceExecutionFailedException { Execution.Status: "CANCELLED" } e => new("ServiceExecutionCancelled", ErrorKind.InvalidResult,
                $"Service execution {e.Execution.Id} was cancelled: it has no result, and waiting will not bring one. Start it again " +
                    "for a result (Start-QHubServiceExecution)."),
            ServiceExecutionFailedException e => new("ServiceExecutionFailed", ErrorKind.InvalidResult,
                $"{Wire(e)} It has no result; its log says why (Get-QHubServiceExecutionLog -Id {e.Execution.Id})."),
            JobWaitTimeoutException e => new("WaitTimeout", ErrorKind.OperationTimeout, Wire(e)),
            ServiceExecutionWaitTimeoutException e => new("WaitTimeout", ErrorKind.OperationTimeout, Wire(e)),
            ArgumentException e when noun is "Job" or "ServiceExecution" && context.Creates =>
                new($"Invalid{noun}Input", ErrorKind.InvalidArgument, Wire(e)),
            ArgumentException e => new("InvalidArgument", ErrorKind.InvalidArgument, Wire(e)),
            UnsafeFileNameException e => new("UnsafeFileName", ErrorKind.InvalidData,
                ErrorAdvice.Join(Wire(e), ErrorAdvice.UnsafeName(noun))),
            FileExistsException e => new("FileExists", ErrorKind.ResourceExists, $"{Wire(e)} Use -Force to replace it."),
            PathIsFolderException e => new("PathIsFolder", ErrorKind.InvalidArgument, Wire(e)),
            FileNotFoundException e => new("FileNotFound", ErrorKind.ObjectNotFound, Wire(e)),
            DirectoryNotFoundException e => new("FolderNotFound", ErrorKind.ObjectNotFound, Wire(e)),
            IOException e => new("FileError", ErrorKind.WriteError, Wire(e)),
            UnauthorizedAccessException e => new("FileAccessDenied", ErrorKind.PermissionDenied, Wire(e)),
            _ => new("UnexpectedError", ErrorKind.NotSpecified, Wire(error)),
        };
    }

    static bool NamesUnavailableBackend(string? server) =>
        server is not null && System.Text.RegularExpressions.Regex.IsMatch(server, @"\b(OFFLINE|RETIRED)\b");

    // A client exception's own message, never one a host told it already: classifying twice gives the same answer.
    static string Wire(Exception e) => e is HubException hub ? hub.WireMessage : e.Message;

    // Our sentence names what was not found; the Hub's is added when it says more than that (not when it repeats the id),
    // and stands alone when what was addressed is not known (a create's reference). Then what to check.
    static ClassifiedError NotFound(NotFoundException e, string noun, string? what, string? target)
    {
        var server = ErrorAdvice.Sentence(e.ServerMessage);
        var ours = what is null ? server ?? $"{noun} was not found." : $"{what} was not found.";
        var more = what is not null && server is not null && (target is null || server.IndexOf(target, StringComparison.Ordinal) < 0) ?
            server : null;
        return new($"{noun}NotFound", ErrorKind.ObjectNotFound, ErrorAdvice.Join(ours, more, ErrorAdvice.NotFound(noun)));
    }

    // "Backend 'x' not found." names the backend among a job's backend and session.
    static string Referred(IReadOnlyList<string> nouns, string? server) =>
        nouns.FirstOrDefault(n => server?.IndexOf(Words(n), StringComparison.OrdinalIgnoreCase) >= 0) ?? nouns[0];

    static string Words(string noun) => System.Text.RegularExpressions.Regex.Replace(noun, "(?<=[a-z])(?=[A-Z])", " ");
}
