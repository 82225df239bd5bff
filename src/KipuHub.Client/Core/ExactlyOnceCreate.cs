using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Core;

/// <summary>
/// Creates that never bill twice. The transport retries a create only when the Hub certainly did not take it;
/// any other failure after the request went out (5xx, timeout, lost connection, malformed answer) leaves the
/// outcome unknown. Then the thing created is looked for by the request tag it carried, for a short while, and
/// returned as if the answer had arrived; only when it is not found is the outcome reported unknown.
/// </summary>
internal static class ExactlyOnceCreate
{
    public const string TagPrefix = "kqh-request:";

    static readonly TimeSpan[] Pauses = { TimeSpan.Zero, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500),
        TimeSpan.FromSeconds(1) };

    public static string NewTag() => TagPrefix + Guid.NewGuid().ToString("N");

    /// <summary>Whether a failed create may still have created: everything but a certain refusal.</summary>
    public static bool OutcomeUnknown(Exception error) => error switch
    {
        HubApiException api => api.StatusCode >= 500 && !(api.StatusCode == 503 && api.Headers.ContainsKey("Retry-After")),
        HubTimeoutException timeout => timeout.RequestMayHaveBeenProcessed,
        HubTransportException transport => transport.RequestMayHaveBeenProcessed,
        _ => false,
    };

    public static async Task<T> RunAsync<T>(HubTransport transport, string what, string? tag,
        Func<CancellationToken, Task<T>> create, Func<string, CancellationToken, Task<T?>> findByTag, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await create(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (OutcomeUnknown(error))
        {
            if (tag is null)
                throw new RequestOutcomeUnknownException(
                    $"The Hub may or may not have created the {what}: {error.Message} It carried no request tag to look for; list your " +
                        $"{what}s (Get-QHubJob, Get-QHubSession) before submitting again.",
                    error, null);
            transport.Note($"The answer to the {what} create was lost ({error.GetType().Name}); looking for request tag {tag}.");
            var found = await FindAsync(transport, tag, findByTag, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                transport.Note($"Found the {what} created by this request (tag {tag}): it was created once, and is returned as the " +
                    $"answer.");
                return found;
            }
            throw new RequestOutcomeUnknownException(
                $"The Hub may or may not have created the {what}: {error.Message} No {what} with the request tag {tag} appeared within " +
                    $"{transport.Options.CreateRecoveryWait.TotalSeconds:0.#} s. Look for that tag (Get-QHubJob / Get-QHubSession, " +
                        $"property Tags) before submitting again, so as not to pay twice.",
                error, tag);
        }
    }

    static async Task<T?> FindAsync<T>(HubTransport transport, string tag, Func<string, CancellationToken, Task<T?>> findByTag,
        CancellationToken cancellationToken)
        where T : class
    {
        var deadline = DateTimeOffset.UtcNow + transport.Options.CreateRecoveryWait;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (await findByTag(tag, cancellationToken).ConfigureAwait(false) is { } found) return found;
            }
            catch (HubException e)
            {
                // The Hub that lost the answer may be struggling still: keep looking until the deadline.
                transport.Note($"Looking for request tag {tag} failed: {e.Message}");
            }
            var pause = Pauses[Math.Min(attempt + 1, Pauses.Length - 1)];
            if (DateTimeOffset.UtcNow + pause > deadline) return null;
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }
    }
}
