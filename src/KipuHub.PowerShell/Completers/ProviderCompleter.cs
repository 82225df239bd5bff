using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.PowerShell.Completers;

/// <summary>Completes -Provider from the providers the client knows.</summary>
public sealed class ProviderCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Provider.KnownValues
            .Select(p => p.Value)
            .Where(p => p.StartsWith(wordToComplete ?? "", StringComparison.OrdinalIgnoreCase))
            .Select(p => new CompletionResult(p, p, CompletionResultType.ParameterValue, p));
}
