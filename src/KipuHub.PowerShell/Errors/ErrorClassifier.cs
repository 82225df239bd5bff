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
            CredentialUnavailableException e => new("CredentialUnavailable", ErrorKind.AuthenticationError, e.Message),
            InvalidCredentialException e => new("InvalidCredential", ErrorKind.AuthenticationError, e.Message),
            Connection.OrganizationNotFoundException e => new("OrganizationNotFound", ErrorKind.ObjectNotFound, e.Message),
            Connection.VaultUnavailableException e => new("SecretManagementNotInstalled", ErrorKind.ResourceUnavailable, e.Message),
            Connection.SecretNotFoundException e => new("SecretNotFound", ErrorKind.ObjectNotFound, e.Message),
            UnauthorizedException e => new("Unauthorized", ErrorKind.AuthenticationError, e.Message),
            ForbiddenException e => new("Forbidden", ErrorKind.PermissionDenied, e.Message),
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
                ErrorAdvice.Sentence(e.ServerMessage) ?? e.Message,
                    "Open a new session (New-QHubSession) or resume this one (Set-QHubSession -AcceptJobs $true).")),
            ConflictException e => new($"{noun}Conflict", ErrorKind.InvalidOperation,
                ErrorAdvice.Join(ErrorAdvice.Sentence(e.ServerMessage) ?? e.Message, ErrorAdvice.Conflict(noun))),
            UnprocessableEntityException e when noun == "Session" => new("SessionsNotSupported", ErrorKind.InvalidOperation,
                $"{e.ServerMessage ?? e.Message} Submit jobs without a session, or pick a backend that supports sessions."),
            UnprocessableEntityException e => new($"Invalid{noun}", ErrorKind.InvalidArgument, e.Message),
            BadRequestException e when noun == "Job" && context.Creates => new("InvalidJobInput", ErrorKind.InvalidArgument, e.Message),
            BadRequestException e => new($"Invalid{noun}Request", ErrorKind.InvalidArgument, e.Message),
            ContentTooLargeException e => new("ContentTooLarge", ErrorKind.LimitsExceeded, ErrorAdvice.Join(
                ErrorAdvice.Sentence(e.ServerMessage) ?? "The Hub refused the request body as too large.",
                "Nothing was processed. Send less: split the input, or put large data in a data pool (Add-QHubDataPoolFile) and pass a " +
                    "reference.")),
            UnsupportedMediaTypeException e => new("UnsupportedMediaType", ErrorKind.InvalidData, e.Message),
            RequestOutcomeUnknownException e => new("RequestOutcomeUnknown",
                e.InnerException is HubTimeoutException ? ErrorKind.OperationTimeout : ErrorKind.ConnectionError, e.Message),
            Client.Core.OpenApi.UnknownOperationException e => new("OperationNotFound", ErrorKind.ObjectNotFound, e.Message),
            OperationNotDocumentedException e => new("OperationNotDocumented", ErrorKind.NotImplemented, e.Message),
            HubApiException { StatusCode: 429 } e => new("RateLimited", ErrorKind.LimitsExceeded, e.Message),
            HubApiException { StatusCode: >= 500 } e => new("HubServerError", ErrorKind.ResourceUnavailable, e.Message),
            HubApiException e => new($"{noun}RequestFailed", ErrorKind.InvalidOperation, e.Message),
            HubTimeoutException e when context.Creates => new("RequestOutcomeUnknown", ErrorKind.OperationTimeout, e.Message),
            HubTimeoutException e => new("HubTimeout", ErrorKind.OperationTimeout, e.Message),
            HubTransportException { RequestMayHaveBeenProcessed: false } e => new("HubUnreachable", ErrorKind.ConnectionError, e.Message),
            HubTransportException e when context.Creates => new("RequestOutcomeUnknown", ErrorKind.ConnectionError, e.Message),
            HubTransportException e when e.IsMalformedResponse => new("InvalidHubResponse", ErrorKind.InvalidResult, e.Message),
            HubTransportException e => new("ConnectionLost", ErrorKind.ConnectionError, e.Message),
            JobFailedException e => new(e.Job.Status == Client.Quantum.Models.JobStatus.Aborted ? "JobAborted" : "JobFailed",
                ErrorKind.InvalidResult,
                $"{e.Message} It has no result; its ErrorData says more (Get-QHubJob -Id {e.Job.Id})."),
            ServiceExecutionFailedException e => new("ServiceExecutionFailed", ErrorKind.InvalidResult,
                $"{e.Message} It has no result; its log says why (Get-QHubServiceExecutionLog -Id {e.Execution.Id})."),
            JobWaitTimeoutException e => new("WaitTimeout", ErrorKind.OperationTimeout, e.Message),
            ServiceExecutionWaitTimeoutException e => new("WaitTimeout", ErrorKind.OperationTimeout, e.Message),
            ArgumentException e when noun is "Job" or "ServiceExecution" && context.Creates =>
                new($"Invalid{noun}Input", ErrorKind.InvalidArgument, e.Message),
            ArgumentException e => new("InvalidArgument", ErrorKind.InvalidArgument, e.Message),
            UnsafeFileNameException e => new("UnsafeFileName", ErrorKind.InvalidData,
                ErrorAdvice.Join(e.Message, ErrorAdvice.UnsafeName(noun))),
            FileExistsException e => new("FileExists", ErrorKind.ResourceExists, $"{e.Message} Use -Force to replace it."),
            PathIsFolderException e => new("PathIsFolder", ErrorKind.InvalidArgument, e.Message),
            FileNotFoundException e => new("FileNotFound", ErrorKind.ObjectNotFound, e.Message),
            DirectoryNotFoundException e => new("FolderNotFound", ErrorKind.ObjectNotFound, e.Message),
            IOException e => new("FileError", ErrorKind.WriteError, e.Message),
            UnauthorizedAccessException e => new("FileAccessDenied", ErrorKind.PermissionDenied, e.Message),
            _ => new("UnexpectedError", ErrorKind.NotSpecified, error.Message),
        };
    }

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
