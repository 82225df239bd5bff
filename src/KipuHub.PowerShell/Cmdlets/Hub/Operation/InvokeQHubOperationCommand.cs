using System.Collections;
using System.Management.Automation;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Errors;
using KipuHub.PowerShell.Inputs;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>
/// Calls any operation an API documents, by its operationId: path, query and header parameters from
/// -Parameters, a JSON -Body, a file to upload (-InFile) or to save the answer to (-OutFile), through the same
/// transport as every cmdlet (auth, organization, retries, typed errors).
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "QHubOperation", HelpUri = HelpUris.Base + "Invoke-QHubOperation.md", SupportsShouldProcess = true)]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class InvokeQHubOperationCommand : AnyApiCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OperationIdCompleter))]
    public string? OperationId { get; set; }

    /// <summary>Parameter name → value, for the operation's path, query and header parameters.</summary>
    [Parameter(Position = 1)]
    [ArgumentCompleter(typeof(OperationParametersCompleter))]
    public Hashtable? Parameters { get; set; }

    /// <summary>A hashtable or object (sent as JSON), or a JSON string.</summary>
    [Parameter] public object? Body { get; set; }

    /// <summary>A file to upload, for operations that take multipart/form-data.</summary>
    [Parameter] public string? InFile { get; set; }

    /// <summary>Streams the answer to this file instead of writing it.</summary>
    [Parameter] public string? OutFile { get; set; }

    [Parameter] public SwitchParameter Refresh { get; set; }

    // What a call of an operation addresses: a 404 is ResourceNotFound, a mistyped operation id OperationNotFound.
    protected override string ErrorNoun => "Resource";

    protected override void ProcessRecord()
    {
        IDictionary<string, object?> parameters;
        object? body;
        try
        {
            parameters = Parameters?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e =>
                PowerShellValues.ToPlain(e.Value, $"-Parameters.{e.Key}"), StringComparer.OrdinalIgnoreCase)
                ?? new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            body = PowerShellValues.Body(Body, "-Body");
        }
        catch (ArgumentException e)
        {
            Fail(e, new ErrorContext("Resource"), OperationId);
            return;
        }
        // Paths on the pipeline thread, where SessionState may be used.
        var inFile = InFile is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(InFile);
        var outFile = OutFile is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
        Client.Core.OpenApi.OpenApiOperation found;
        try
        {
            found = Run(token => Catalog.FindAsync(OperationId!, Refresh, token));
        }
        catch (Exception e) when (e is not PipelineStoppedException and not PipelineClosedException)
        {
            Fail(e, new ErrorContext("Resource"), OperationId);
            return;
        }
        if (found.Method != "GET" && !ShouldProcess($"{Api} {found.Method} {found.Path}", found.OperationId)) return;
        ForTarget(OperationId, async token =>
        {
            var answer = await Client.Core.OpenApi.OperationCall.InvokeAsync(Catalog.Transport, found, parameters, body, inFile, outFile,
                token);
            return answer is string text ? text : PlainObjects.ToPowerShell(answer);
        }, creates: found.Method == "POST");
    }
}
