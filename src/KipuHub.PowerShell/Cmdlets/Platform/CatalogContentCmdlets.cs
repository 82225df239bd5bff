using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets algorithms by id, or lists those of the context page by page; -Search filters by name.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAlgorithm", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Algorithm))]
public sealed class GetQHubAlgorithmCommand : GetCatalogResourceCommand
{
    [Parameter(ParameterSetName = ListSet)] public string? Search { get; set; }

    protected override string ErrorNoun => "Algorithm";
    protected override ICatalogResources Resources => Platform.Algorithms;
    protected override IEnumerable<KeyValuePair<string, string?>> Filters => new[] { new KeyValuePair<string, string?>("search", Search) };
}

/// <summary>Creates an algorithm; a name in use in the context is AlgorithmConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubAlgorithm", SupportsShouldProcess = true)]
[OutputType(typeof(Algorithm))]
public sealed class NewQHubAlgorithmCommand : NewCatalogResourceCommand
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter] public string? Summary { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? ProblemType { get; set; }

    protected override string ErrorNoun => "Algorithm";
    protected override string Target => $"algorithm '{Name}'";
    protected override ICatalogResources Resources => Platform.Algorithms;
    protected override object Request() => new CatalogContentRequest { Name = Name, Summary = Summary, Description = Description, ProblemType = ProblemType };
}

/// <summary>Changes algorithms; parameters left out stay as they are.</summary>
[Cmdlet(VerbsCommon.Set, "QHubAlgorithm", SupportsShouldProcess = true)]
[OutputType(typeof(Algorithm))]
public sealed class SetQHubAlgorithmCommand : SetCatalogResourceCommand
{
    [Parameter][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter] public string? Summary { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? ProblemType { get; set; }

    protected override string ErrorNoun => "Algorithm";
    protected override ICatalogResources Resources => Platform.Algorithms;
    protected override object Request() => new CatalogContentRequest { Name = Name, Summary = Summary, Description = Description, ProblemType = ProblemType };
}

/// <summary>Deletes algorithms.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubAlgorithm", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubAlgorithmCommand : RemoveCatalogResourceCommand
{
    protected override string ErrorNoun => "Algorithm";
    protected override ICatalogResources Resources => Platform.Algorithms;
}

/// <summary>Gets implementations by id, or lists those of the context page by page; an algorithm from the pipeline lists its own.</summary>
[Cmdlet(VerbsCommon.Get, "QHubImplementation", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Implementation))]
public sealed class GetQHubImplementationCommand : GetCatalogResourceCommand
{
    /// <summary>Only the implementations of this algorithm; an algorithm from the pipeline binds by its AlgorithmId.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)] public string? AlgorithmId { get; set; }

    /// <summary>An algorithm from Get-QHubAlgorithm on the pipeline: it binds here, not to -Id.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipeline = true)] public Algorithm? Algorithm { get; set; }

    protected override string ErrorNoun => "Implementation";
    protected override ICatalogResources Resources => Platform.Implementations;
    protected override IEnumerable<KeyValuePair<string, string?>> Filters => new[] { new KeyValuePair<string, string?>("algorithmId", Algorithm?.Id ?? AlgorithmId) };
}

/// <summary>Creates an implementation of an algorithm of the context; an algorithm from the pipeline binds by its AlgorithmId.</summary>
[Cmdlet(VerbsCommon.New, "QHubImplementation", SupportsShouldProcess = true)]
[OutputType(typeof(Implementation))]
public sealed class NewQHubImplementationCommand : NewCatalogResourceCommand
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)][ValidateNotNullOrEmpty] public string? AlgorithmId { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? ProgrammingLanguage { get; set; }
    [Parameter] public string? SourceUrl { get; set; }

    protected override string ErrorNoun => "Implementation";
    protected override string Target => $"implementation '{Name}' of algorithm {AlgorithmId}";
    protected override ICatalogResources Resources => Platform.Implementations;
    protected override object Request() => new CatalogContentRequest { Name = Name, AlgorithmId = AlgorithmId, Description = Description, ProgrammingLanguage = ProgrammingLanguage, SourceUrl = SourceUrl };
}

/// <summary>Changes implementations; parameters left out stay as they are.</summary>
[Cmdlet(VerbsCommon.Set, "QHubImplementation", SupportsShouldProcess = true)]
[OutputType(typeof(Implementation))]
public sealed class SetQHubImplementationCommand : SetCatalogResourceCommand
{
    [Parameter][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? ProgrammingLanguage { get; set; }
    [Parameter] public string? SourceUrl { get; set; }

    protected override string ErrorNoun => "Implementation";
    protected override ICatalogResources Resources => Platform.Implementations;
    protected override object Request() => new CatalogContentRequest { Name = Name, Description = Description, ProgrammingLanguage = ProgrammingLanguage, SourceUrl = SourceUrl };
}

/// <summary>Deletes implementations.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubImplementation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubImplementationCommand : RemoveCatalogResourceCommand
{
    protected override string ErrorNoun => "Implementation";
    protected override ICatalogResources Resources => Platform.Implementations;
}

/// <summary>Gets use cases by id, or lists those of the context page by page; -Title filters.</summary>
[Cmdlet(VerbsCommon.Get, "QHubUseCase", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(UseCase))]
public sealed class GetQHubUseCaseCommand : GetCatalogResourceCommand
{
    [Parameter(ParameterSetName = ListSet)] public string? Title { get; set; }

    protected override string ErrorNoun => "UseCase";
    protected override ICatalogResources Resources => Platform.UseCases;
    protected override IEnumerable<KeyValuePair<string, string?>> Filters => new[] { new KeyValuePair<string, string?>("title", Title) };
}

/// <summary>Creates a use case; a title in use in the context is UseCaseConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubUseCase", SupportsShouldProcess = true)]
[OutputType(typeof(UseCase))]
public sealed class NewQHubUseCaseCommand : NewCatalogResourceCommand
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Title { get; set; }
    [Parameter] public string? Summary { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? Industry { get; set; }

    protected override string ErrorNoun => "UseCase";
    protected override string Target => $"use case '{Title}'";
    protected override ICatalogResources Resources => Platform.UseCases;
    protected override object Request() => new CatalogContentRequest { Title = Title, Summary = Summary, Description = Description, Industry = Industry };
}

/// <summary>Changes use cases; parameters left out stay as they are.</summary>
[Cmdlet(VerbsCommon.Set, "QHubUseCase", SupportsShouldProcess = true)]
[OutputType(typeof(UseCase))]
public sealed class SetQHubUseCaseCommand : SetCatalogResourceCommand
{
    [Parameter][ValidateNotNullOrEmpty] public string? Title { get; set; }
    [Parameter] public string? Summary { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? Industry { get; set; }

    protected override string ErrorNoun => "UseCase";
    protected override ICatalogResources Resources => Platform.UseCases;
    protected override object Request() => new CatalogContentRequest { Title = Title, Summary = Summary, Description = Description, Industry = Industry };
}

/// <summary>Deletes use cases.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubUseCase", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubUseCaseCommand : RemoveCatalogResourceCommand
{
    protected override string ErrorNoun => "UseCase";
    protected override ICatalogResources Resources => Platform.UseCases;
}
