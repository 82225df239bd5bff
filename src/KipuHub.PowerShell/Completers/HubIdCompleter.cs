using System.Collections;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Management.Automation.Language;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Completers;

/// <summary>
/// Completes the ids of one kind of resource from the connection the command would use (-Connection, else this
/// session's), each a tip of what it is. One list request per kind and connection for <see cref="Lifetime"/>; without a
/// connection, or when the Hub does not answer in five seconds, nothing: completion never throws at the user.
/// </summary>
public abstract class HubIdCompleter : IArgumentCompleter
{
    static readonly ConcurrentDictionary<(Type Kind, QHubConnection Connection), (DateTimeOffset At, IReadOnlyList<IdTip> Ids)> Cache =
        new();

    /// <summary>How long a list is reused: ids that change often (jobs) keep it short.</summary>
    protected virtual TimeSpan Lifetime => TimeSpan.FromSeconds(30);

    /// <summary>The ids of the kind, with a tip each, through <paramref name="connection"/>.</summary>
    protected abstract Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, CancellationToken token);

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var connection = fakeBoundParameters["Connection"] as QHubConnection ?? CurrentConnection.Get(out _);
        if (connection is null) return Array.Empty<CompletionResult>();
        var typed = (wordToComplete ?? "").Trim('\'', '"');
        return Ids(connection)
            .Where(id => id.Id.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(id => new CompletionResult(id.Id, id.Id, CompletionResultType.ParameterValue, id.Tip))
            .ToList();
    }

    IReadOnlyList<IdTip> Ids(QHubConnection connection)
    {
        var key = (GetType(), connection);
        if (Cache.TryGetValue(key, out var hit) && DateTimeOffset.UtcNow - hit.At < Lifetime) return hit.Ids;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var ids = Task.Run(() => ListAsync(connection, timeout.Token)).GetAwaiter().GetResult()
                .Where(id => !string.IsNullOrEmpty(id.Id))
                .OrderBy(id => id.Id, StringComparer.OrdinalIgnoreCase)
                .ToList();
            Cache[key] = (DateTimeOffset.UtcNow, ids);
            return ids;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Array.Empty<IdTip>();
        }
    }
}

/// <summary>One completion: the id, and what it names (shown as the tooltip).</summary>
public sealed record IdTip(string Id, string Tip);
