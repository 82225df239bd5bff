using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Completers;

/// <summary>Completes -OperationId from the document the current connection keeps (read once, on first use).</summary>
public sealed class OperationIdCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            var api = fakeBoundParameters["Api"] is { } value && Enum.TryParse<HubApi>(value.ToString(), true, out var chosen) ? chosen : HubApi.Quantum;
            var catalog = api == HubApi.Service
                ? RunspaceSlots<QHubServiceConnection>.OfThisRunspace().Connection?.Catalog
                : CurrentConnection.Get(out _)?.Catalog(api);
            if (catalog is null) return Array.Empty<CompletionResult>();
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var document = catalog.GetAsync(false, quick.Token).GetAwaiter().GetResult();
            return document.Operations
                .Where(o => o.OperationId.StartsWith(wordToComplete ?? "", StringComparison.OrdinalIgnoreCase))
                .OrderBy(o => o.OperationId, StringComparer.OrdinalIgnoreCase)
                .Select(o => new CompletionResult(o.OperationId, o.OperationId, CompletionResultType.ParameterValue, $"{o.Method} {o.Path}  {o.Summary}"))
                .ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A completer that fails must not stop the typing: no suggestions instead.
            return Array.Empty<CompletionResult>();
        }
    }
}
