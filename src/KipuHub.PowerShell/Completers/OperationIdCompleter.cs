using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace KipuHub.PowerShell.Completers;

/// <summary>Completes -OperationId from the document the current connection keeps (read once, on first use).</summary>
public sealed class OperationIdCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            if (OperationDocuments.For(fakeBoundParameters) is not { } document) return Array.Empty<CompletionResult>();
            return document.Operations
                .Where(o => o.OperationId.StartsWith(wordToComplete ?? "", StringComparison.OrdinalIgnoreCase))
                .OrderBy(o => o.OperationId, StringComparer.OrdinalIgnoreCase)
                .Select(o => new CompletionResult(o.OperationId, o.OperationId, CompletionResultType.ParameterValue,
                    $"{o.Method} {o.Path}  {o.Summary}"))
                .ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A completer that fails must not stop the typing: no suggestions instead.
            return Array.Empty<CompletionResult>();
        }
    }
}
