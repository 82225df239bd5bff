using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using KipuHub.Client.Core.OpenApi;

namespace KipuHub.PowerShell.Completers;

/// <summary>
/// Completes -Parameters of Invoke-QHubOperation with a hashtable of the operation's parameter names, ready for
/// their values: the required ones, then all of them. PowerShell does not ask argument completers for the keys
/// inside a hashtable literal, so the names come with the hashtable instead.
/// </summary>
public sealed class OperationParametersCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            if (!"@{".StartsWith(wordToComplete ?? "", StringComparison.Ordinal)) return Array.Empty<CompletionResult>();
            if (fakeBoundParameters["OperationId"] is not { } id ||
                OperationDocuments.For(fakeBoundParameters)?.Find(id.ToString()!) is not { } operation)
                return Array.Empty<CompletionResult>();
            var required = operation.Parameters.Where(p => p.Required).ToList();
            var skeletons = new List<(IReadOnlyList<OpenApiParameter> Parameters, string Label)>();
            if (required.Count > 0) skeletons.Add((required, "required parameters"));
            if (operation.Parameters.Count > required.Count) skeletons.Add((operation.Parameters, "all parameters"));
            return skeletons.Select(s => new CompletionResult(Hashtable(s.Parameters), s.Label, CompletionResultType.ParameterValue,
                string.Join(", ", s.Parameters.Select(p => p.ToString())))).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Array.Empty<CompletionResult>();
        }
    }

    static string Hashtable(IEnumerable<OpenApiParameter> parameters) =>
        "@{ " + string.Join("; ", parameters.Select(p => $"{Key(p.Name)} = {(p.IsArray ? "@()" : "''")}")) + " }";

    // Names such as X-Trace are keys only when quoted.
    static string Key(string name) =>
        name.All(c => char.IsLetterOrDigit(c) || c == '_') && !char.IsDigit(name[0]) ? name : "'" + name.Replace("'", "''") + "'";
}
