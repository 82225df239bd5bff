using System.Collections;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Management.Automation.Language;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Completers;

/// <summary>
/// Completes the ids of one kind of resource from the connection the command would use (-Connection, else this
/// session's), each a tip of what it is. One list request per kind, connection and parent for <see cref="Lifetime"/>;
/// without a connection or a parent, or when the Hub does not answer in five seconds, nothing: completion never throws
/// at the user, and a C# completer's empty answer keeps PowerShell from offering file names instead.
/// </summary>
public abstract class HubIdCompleter : IArgumentCompleter
{
    static readonly ConcurrentDictionary<(Type Kind, QHubConnection Connection, string Parent), (DateTimeOffset At,
        IReadOnlyList<IdTip> Ids)> Cache = new();

    /// <summary>How long a list is reused: ids that change often (jobs) keep it short.</summary>
    protected virtual TimeSpan Lifetime => TimeSpan.FromSeconds(30);

    /// <summary>The ids of the kind, with a tip each, through <paramref name="connection"/>, under <paramref name="parent"/>
    /// (see <see cref="ParentOf"/>).</summary>
    protected abstract Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent, CancellationToken token);

    /// <summary>What the ids are listed under (a data pool's files: the pool typed in -DataPoolId); "" for a kind listed
    /// on its own, null when the command line does not name the parent yet.</summary>
    protected virtual string? ParentOf(IDictionary boundParameters, QHubConnection connection) => "";

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var connection = fakeBoundParameters["Connection"] as QHubConnection ?? CurrentConnection.Get(out _);
        var parent = connection is null ? null : ParentOf(fakeBoundParameters, connection);
        if (connection is null || parent is null) return Array.Empty<CompletionResult>();
        var typed = (wordToComplete ?? "").Trim('\'', '"');
        return Ids(connection, parent)
            .Where(id => id.Id.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(id => new CompletionResult(id.Id, id.Id, CompletionResultType.ParameterValue, id.Tip))
            .ToList();
    }

    /// <summary>A parameter the command line gives as text (a parent id); null when absent or not yet a literal.</summary>
    protected static string? Bound(IDictionary boundParameters, string name) =>
        boundParameters[name] switch
        {
            string text when text.Length > 0 => text,
            string[] { Length: 1 } one => one[0],
            _ => null,
        };

    IReadOnlyList<IdTip> Ids(QHubConnection connection, string parent)
    {
        var key = (GetType(), connection, parent);
        if (Cache.TryGetValue(key, out var hit) && DateTimeOffset.UtcNow - hit.At < Lifetime) return hit.Ids;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var ids = Task.Run(() => ListAsync(connection, parent, timeout.Token)).GetAwaiter().GetResult()
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
