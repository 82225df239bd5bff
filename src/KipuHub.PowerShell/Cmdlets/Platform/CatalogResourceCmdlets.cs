using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>
/// Gets catalog resources by id, or lists those of the context page by page (the concrete cmdlet adds its filters).
/// Not generic: a cmdlet's base type over the client's types would be resolved before the module's loader runs.
/// </summary>
public abstract class GetCatalogResourceCommand : QHubPlatformCmdlet
{
    protected const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    protected abstract ICatalogResources Resources { get; }

    /// <summary>The listing's query filters (search, title, algorithmId); null values are left out.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Filters => Array.Empty<KeyValuePair<string, string?>>();

    protected override int TargetCount => Math.Max(Id.Length, 1);

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, _ => true, async (id, token) => await Resources.GetItemAsync(id, token));
        else WritePages(page => Resources.List(PageSize, Filters, page), PageSize, All, new Errors.ErrorContext(ErrorNoun), null);
    }
}

/// <summary>Creates a catalog resource from the concrete cmdlet's parameters; a name in use is &lt;Noun&gt;Conflict.</summary>
public abstract class NewCatalogResourceCommand : QHubPlatformCmdlet
{
    protected abstract ICatalogResources Resources { get; }

    protected abstract string Target { get; }

    protected abstract object Request();

    protected override void ProcessRecord()
    {
        if (!ShouldProcess(Target, "Create")) return;
        var request = Request();
        ForTarget(Target, async token => await Resources.CreateItemAsync(request, token), creates: true);
    }
}

/// <summary>Changes catalog resources by id; parameters left out stay as they are.</summary>
public abstract class SetCatalogResourceCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected abstract ICatalogResources Resources { get; }

    protected abstract object Request();

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord()
    {
        var request = Request();
        ForEachId(Id, id => ShouldProcess($"{ErrorNoun} {id}", "Change"), async (id, token) => await Resources.UpdateItemAsync(id, request, token));
    }
}

/// <summary>Deletes catalog resources by id; -Force skips the confirmation.</summary>
public abstract class RemoveCatalogResourceCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public SwitchParameter Force { get; set; }

    protected abstract ICatalogResources Resources { get; }

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"{ErrorNoun} {id}", "Delete", Force), async (id, token) =>
    {
        await Resources.DeleteAsync(id, token);
        return null;
    });
}
