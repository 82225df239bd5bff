using KipuHub.Client.Core.Errors;
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
}

/// <summary>What the cmdlet was doing when it failed: the Hub noun it addressed and whether it was creating.</summary>
public sealed record ErrorContext(string Noun, bool Creates = false, bool InSession = false);

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
            UnauthorizedException e => new("Unauthorized", ErrorKind.AuthenticationError, e.Message),
            ForbiddenException e => new("Forbidden", ErrorKind.PermissionDenied, e.Message),
            NotFoundException e when noun == "JobResult" => new("JobResultNotAvailable", ErrorKind.ObjectNotFound,
                $"{what} has no result yet: it is still running, or it was cancelled. Wait for it first (Wait-QHubJob). " +
                    $"{e.ServerMessage}".TrimEnd()),
            NotFoundException e when noun == "ServiceExecutionResult" => new("ServiceExecutionResultNotAvailable", ErrorKind.ObjectNotFound,
                $"{what} has no result yet: it is still running, or it failed or was cancelled. Wait for it first " +
                    $"(Wait-QHubServiceExecution). {e.ServerMessage}".TrimEnd()),
            NotFoundException e => new($"{noun}NotFound", ErrorKind.ObjectNotFound,
                $"{what} was not found. Check the id and the organization context (Get-QHubContext; Set-QHubContext -OrganizationId). " +
                    $"{e.ServerMessage}".TrimEnd()),
            ConflictException e when context.InSession => new("SessionNotAcceptingJobs", ErrorKind.InvalidOperation,
                $"{e.ServerMessage ?? e.Message} Open a new session (New-QHubSession) or resume this one (Set-QHubSession -AcceptJobs " +
                    $"$true)."),
            ConflictException e => new($"{noun}Conflict", ErrorKind.InvalidOperation, e.Message),
            UnprocessableEntityException e when noun == "Session" => new("SessionsNotSupported", ErrorKind.InvalidOperation,
                $"{e.ServerMessage ?? e.Message} Submit jobs without a session, or pick a backend that supports sessions."),
            UnprocessableEntityException e => new($"Invalid{noun}", ErrorKind.InvalidArgument, e.Message),
            BadRequestException e when noun == "Job" && context.Creates => new("InvalidJobInput", ErrorKind.InvalidArgument, e.Message),
            BadRequestException e => new($"Invalid{noun}Request", ErrorKind.InvalidArgument, e.Message),
            ContentTooLargeException e => new("ContentTooLarge", ErrorKind.LimitsExceeded, e.Message),
            UnsupportedMediaTypeException e => new("UnsupportedMediaType", ErrorKind.InvalidData, e.Message),
            RequestOutcomeUnknownException e => new("RequestOutcomeUnknown",
                e.InnerException is HubTimeoutException ? ErrorKind.OperationTimeout : ErrorKind.ConnectionError, e.Message),
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
            JobWaitTimeoutException e => new("WaitTimeout", ErrorKind.OperationTimeout, e.Message),
            ServiceExecutionWaitTimeoutException e => new("WaitTimeout", ErrorKind.OperationTimeout, e.Message),
            ArgumentException e when noun is "Job" or "ServiceExecution" && context.Creates =>
                new($"Invalid{noun}Input", ErrorKind.InvalidArgument, e.Message),
            ArgumentException e => new("InvalidArgument", ErrorKind.InvalidArgument, e.Message),
            FileNotFoundException e => new("FileNotFound", ErrorKind.ObjectNotFound, e.Message),
            DirectoryNotFoundException e => new("FolderNotFound", ErrorKind.ObjectNotFound, e.Message),
            IOException e => new("FileError", ErrorKind.WriteError, e.Message),
            UnauthorizedAccessException e => new("FileAccessDenied", ErrorKind.PermissionDenied, e.Message),
            _ => new("UnexpectedError", ErrorKind.NotSpecified, error.Message),
        };
    }
}
