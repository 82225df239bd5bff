using System.Management.Automation;
using KipuHub.Client.Service.Models;
using KipuHub.PowerShell.Errors;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>
/// Starts an execution of the connected service. -Input is the service's payload and -InputDataRef the data-pool
/// files it reads (the gateway's two reserved keys); -Body is the whole free-form body instead.
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "QHubServiceExecution",
    HelpUri = HelpUris.Base + "Start-QHubServiceExecution.md", SupportsShouldProcess = true, DefaultParameterSetName = InputSet)]
[OutputType(typeof(ServiceExecution))]
public sealed class StartQHubServiceExecutionCommand : ServiceCmdletBase
{
    const string InputSet = "Input", BodySet = "Body";

    /// <summary>A hashtable, PSCustomObject or JSON string: sent as "input".</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = InputSet)]
    public object? Input { get; set; }

    /// <summary>Data-pool references, sent as "inputDataRefs".</summary>
    [Parameter(ParameterSetName = InputSet)]
    public object[]? InputDataRef { get; set; }

    /// <summary>The whole body: a hashtable, PSCustomObject or JSON string, sent as it is.</summary>
    [Parameter(Mandatory = true, ParameterSetName = BodySet)]
    public object? Body { get; set; }

    protected override void ProcessRecord()
    {
        if (!ShouldProcess(Service.Uri.ToString(), "Start a service execution")) return;
        IDictionary<string, object?> body;
        try
        {
            body = ParameterSetName == BodySet ? Object(Body, "-Body") : InputBody();
        }
        catch (ArgumentException e)
        {
            Fail(e, new ErrorContext("ServiceExecution", Creates: true), Service.Uri.ToString());
            return;
        }
        ForTarget(Service.Uri.ToString(), async token => await Api.StartExecutionAsync(body, token), creates: true);
    }

    IDictionary<string, object?> InputBody()
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal) { ["input"] = Value(Input, "-Input") };
        if (InputDataRef is not null) body["inputDataRefs"] = PowerShellValues.ToPlain(InputDataRef, "-InputDataRef");
        return body;
    }

    // A JSON string is the JSON it holds; anything else goes through the one converter of PowerShell values.
    static object? Value(object? value, string name) =>
        value is not null && PSObject.AsPSObject(value).BaseObject is string text
            ? Client.Core.Json.PlainValueConverter.FromJsonText(text, name)
            : PowerShellValues.ToPlain(value, name);

    static IDictionary<string, object?> Object(object? value, string name) =>
        Value(value, name) as IDictionary<string, object?> ??
            throw new ArgumentException($"{name} must be a JSON object: a hashtable, a PSCustomObject or a JSON text of an object.");
}
