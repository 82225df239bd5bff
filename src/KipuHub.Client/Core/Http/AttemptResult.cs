namespace KipuHub.Client.Core.Http;

internal readonly struct AttemptResult<T>
{
    public T? Value { get; init; }
    public AttemptFailure? Failure { get; init; }
    public int Status { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Headers { get; init; }
    public string? Body { get; init; }
    public Exception? Exception { get; init; }

    public static AttemptResult<T> Ok(T value, int status) => new() { Value = value, Status = status };

    public static AttemptResult<T> Error(int status, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body) =>
        new() { Failure = AttemptFailure.Status, Status = status, Headers = headers, Body = body };

    public static AttemptResult<T> Failed(Exception? exception, bool timedOut) =>
        new() { Failure = timedOut ? AttemptFailure.TimedOut : AttemptFailure.LostAfterSend, Exception = exception };
}
