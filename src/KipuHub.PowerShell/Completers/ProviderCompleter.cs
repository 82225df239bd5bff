using KipuHub.Client.Quantum.Models;

namespace KipuHub.PowerShell.Completers;

/// <summary>Completes -Provider from the providers the client knows.</summary>
public sealed class ProviderCompleter : ValueSetCompleter
{
    protected override IEnumerable<IdTip> Values => Provider.KnownValues.Select(p => new IdTip(p.Value, p.Value));
}

/// <summary>Completes -InputFormat from the input formats of the Quantum API.</summary>
public sealed class InputFormatCompleter : ValueSetCompleter
{
    protected override IEnumerable<IdTip> Values => JobInputFormat.KnownValues.Select(f => new IdTip(f.Value, f.Value));
}

/// <summary>Completes a listing's -Sort: field,desc or field,asc for the fields the Quantum API sorts by.</summary>
public sealed class QuantumSortCompleter : ValueSetCompleter
{
    static readonly string[] Fields = { "created_at", "started_at", "ended_at", "status", "backend_id", "provider", "name" };

    protected override IEnumerable<IdTip> Values =>
        Fields.SelectMany(f => new[] { new IdTip(f + ",desc", $"by {f}, descending"), new IdTip(f + ",asc", $"by {f}, ascending") });
}
