using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Completers;

/// <summary>
/// Completes backend ids from the current connection, cached for five minutes per connection, so that Tab
/// costs one request now and then; without a connection, or when the Hub does not answer in 5 s, nothing.
/// </summary>
public sealed class BackendIdCompleter : IArgumentCompleter
{
    static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    static readonly object Gate = new();
    static (QHubConnection Connection, DateTimeOffset At, IReadOnlyList<(string Id, string Tip)> Ids)? cache;

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var connection = fakeBoundParameters["Connection"] as QHubConnection ?? CurrentConnection.Get(out _);
        if (connection is null) return Array.Empty<CompletionResult>();
        return Backends(connection)
            .Where(b => b.Id.StartsWith(wordToComplete ?? "", StringComparison.OrdinalIgnoreCase))
            .Select(b => new CompletionResult(b.Id, b.Id, CompletionResultType.ParameterValue, b.Tip));
    }

    static IReadOnlyList<(string Id, string Tip)> Backends(QHubConnection connection)
    {
        lock (Gate)
        {
            if (cache is { } hit && ReferenceEquals(hit.Connection, connection) &&
                DateTimeOffset.UtcNow - hit.At < Lifetime) return hit.Ids;
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var backends =
                Task.Run(() => connection.Quantum.Backends.GetBackendsAsync(cancellationToken: timeout.Token)).GetAwaiter().GetResult();
            var ids = backends
                .Where(b => b.Id is not null)
                .Select(b => (b.Id!, $"{b.DisplayName ?? b.Id} ({b.Provider}, {b.Type}, {b.Status})"))
                .OrderBy(b => b.Item1, StringComparer.OrdinalIgnoreCase)
                .ToList();
            lock (Gate) cache = (connection, DateTimeOffset.UtcNow, ids);
            return ids;
        }
        catch (Exception)
        {
            // Completion must never throw at the user; no suggestions is the answer when the Hub cannot be asked.
            return Array.Empty<(string, string)>();
        }
    }
}
