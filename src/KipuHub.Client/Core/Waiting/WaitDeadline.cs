namespace KipuHub.Client.Core.Waiting;

/// <summary>
/// The timeout of a wait made of polling rounds, counted from the first round: a round still running when it
/// passes is cut short, even in the middle of a slow request, and no pause between rounds runs past it.
/// </summary>
public sealed class WaitDeadline(TimeSpan? timeout)
{
    DateTimeOffset? end;

    public TimeSpan? Timeout => timeout;

    /// <summary>One round, or null when the timeout came first.</summary>
    public async Task<T?> RunAsync<T>(Func<CancellationToken, Task<T>> round, CancellationToken cancellationToken) where T : class
    {
        if (timeout is not { } limit) return await round(cancellationToken).ConfigureAwait(false);
        end ??= DateTimeOffset.UtcNow + limit;
        var left = end.Value - DateTimeOffset.UtcNow;
        if (left <= TimeSpan.Zero) return null;
        using var timer = new CancellationTokenSource(left);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await round(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>A pause before the next round, never past the timeout.</summary>
    public TimeSpan Clamp(TimeSpan delay)
    {
        if (end is not { } stop) return delay;
        var left = stop - DateTimeOffset.UtcNow;
        return left <= TimeSpan.Zero ? TimeSpan.Zero : left < delay ? left : delay;
    }
}
