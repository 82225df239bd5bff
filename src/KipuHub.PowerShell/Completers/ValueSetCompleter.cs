using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace KipuHub.PowerShell.Completers;

/// <summary>
/// Completes a parameter from a fixed set of values the Hub knows (providers, input formats, currencies), each with a
/// tip. A parameter that takes others too keeps them: this offers, <c>ValidateSet</c> would refuse.
/// </summary>
public abstract class ValueSetCompleter : IArgumentCompleter
{
    /// <summary>The values, with what each means.</summary>
    protected abstract IEnumerable<IdTip> Values { get; }

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? "").Trim('\'', '"');
        return Values
            .Where(v => v.Id.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(v => new CompletionResult(v.Id, v.Id, CompletionResultType.ParameterValue, v.Tip))
            .ToList();
    }
}

/// <summary>
/// Completes nothing: for a value that is neither a path nor listable (a URL, an id the Hub cannot list), so that
/// PowerShell offers no file names, which it does for a parameter that has no completer.
/// </summary>
public sealed class NoCompletion : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) => Array.Empty<CompletionResult>();
}
