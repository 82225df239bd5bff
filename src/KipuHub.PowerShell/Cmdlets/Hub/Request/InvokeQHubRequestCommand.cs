using System.Collections;
using System.Management.Automation;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Json;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;
using KipuHub.PowerShell.Inputs;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>
/// Calls any endpoint of the four APIs with the connection's token, organization, retries and errors, like
/// Invoke-MgGraphRequest: for what has no cmdlet yet. -Path is relative to the API and cannot leave it; for the
/// service gateway it is relative to the connected service's URL and goes with that service's bearer token.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "QHubRequest", HelpUri = HelpUris.Base + "Invoke-QHubRequest.md", SupportsShouldProcess = true)]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class InvokeQHubRequestCommand : AnyApiCmdletBase
{
    [Parameter]
    [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE")]
    public string Method { get; set; } = "GET";

    [Parameter(Mandatory = true, Position = 0)]
    [AllowEmptyString]
    public string? Path { get; set; }

    [Parameter] public Hashtable? Query { get; set; }

    /// <summary>A hashtable or object (sent as JSON), or a JSON string.</summary>
    [Parameter] public object? Body { get; set; }

    /// <summary>Stream the response to this file instead of returning it.</summary>
    [Parameter] public string? OutFile { get; set; }

    /// <summary>The response text instead of an object.</summary>
    [Parameter] public SwitchParameter Raw { get; set; }

    // What a request addresses: a 404 is ResourceNotFound.
    protected override string ErrorNoun => "Resource";

    protected override void ProcessRecord()
    {
        if (Method != "GET" && !ShouldProcess($"{Api} {Path}", Method)) return;
        HubRequest request;
        try
        {
            request = new HubRequest(FreeRoute.For(Method, Path ?? ""));
            foreach (DictionaryEntry pair in Query ?? new Hashtable())
                foreach (var value in Values(PowerShellValues.ToPlain(pair.Value, $"-Query.{pair.Key}")))
                    request.WithQuery(pair.Key.ToString()!, value);
            if (Body is not null)
                request.Body = PowerShellValues.Body(Body, "-Body") is { } body ? body as string ?? HubJson.Serialize(body) : null;
        }
        catch (ArgumentException e)
        {
            Fail(e, new ErrorContext("Resource"), Path);
            return;
        }
        var transport = ApiTransport;
        if (OutFile is not null)
        {
            var file = SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
            ForTarget(Path, async token =>
            {
                using var response = await transport.SendStreamAsync(request, token);
                await AtomicFileDownload.SaveAsync(response.Content, file, overwrite: true, cancellationToken: token);
                return null;
            });
            return;
        }
        ForTarget(Path, async token =>
        {
            var response = await transport.SendAsync(request, token);
            if (!response.HasBody) return null;
            var text = response.BodyText;
            if (Raw) return text;
            return JsonPlainValue.TryParse(text, out var value, out _) ? PlainObjects.ToPowerShell(value) : text;
        });
    }

    static IEnumerable<string> Values(object? plain) => plain switch
    {
        null => Array.Empty<string>(),
        IEnumerable<object?> many => many.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        bool flag => new[] { flag ? "true" : "false" },
        var one => new[] { Convert.ToString(one, System.Globalization.CultureInfo.InvariantCulture) ?? "" },
    };
}
