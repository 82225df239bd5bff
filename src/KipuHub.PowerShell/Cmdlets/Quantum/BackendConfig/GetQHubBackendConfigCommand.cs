using System.Management.Automation;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>The provider-native configuration of backends.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBackendConfig", HelpUri = HelpUris.Base + "Get-QHubBackendConfig.md")]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class GetQHubBackendConfigCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(BackendIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The JSON text instead of an object.</summary>
    [Parameter] public SwitchParameter Raw { get; set; }

    protected override string ErrorNoun => "Backend";

    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
    {
        var config = await Quantum.Backends.GetBackendConfigAsync(id, token);
        return Raw ? config?.Text : PlainObjects.ToPowerShell(config?.Value, "KipuHub.BackendConfig");
    });
}
