using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Platform;

/// <summary>Algorithms with their sketches, relations and permissions, implementations and use cases, against the emulator.</summary>
public sealed class CatalogContentTests : EmulatorFixture
{
    [Fact]
    public async Task An_algorithm_is_listed_in_pages_by_search_changed_deleted_and_stays_in_its_context()
    {
        using var platform = new HubPlatformClient(Options("org-algorithms"));
        var qaoa = await platform.Algorithms.CreateAsync(new CatalogContentRequest { Name = "QAOA", Summary = "Approximate optimization" });
        await Assert.ThrowsAsync<ConflictException>(() => platform.Algorithms.CreateAsync(new CatalogContentRequest { Name = "qaoa" }));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.Algorithms.CreateAsync(new CatalogContentRequest { Summary = "no name" }));
        foreach (var name in new[] { "VQE", "Grover search", "Shor" }) await platform.Algorithms.CreateAsync(new CatalogContentRequest { Name = name });

        var pager = platform.Algorithms.List(pageSize: 3);
        var names = new List<string?>();
        while (await pager.MoveNextAsync()) names.Add(pager.Current.Name);
        Assert.Equal(new[] { "QAOA", "VQE", "Grover search", "Shor" }, names);
        Assert.Equal("Grover search", Assert.Single((await platform.Algorithms.ListPageAsync(filters: new Dictionary<string, string?> { ["search"] = "grover" })).Items).Name);

        var changed = await platform.Algorithms.UpdateAsync(qaoa.Id!, new CatalogContentRequest { Description = "p layers" });
        Assert.Equal(("QAOA", "Approximate optimization", "p layers"), (changed.Name, changed.Summary, changed.Description));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.ForOrganization(Organization("org-elsewhere")).Algorithms.GetAsync(qaoa.Id!));
        await platform.Algorithms.DeleteAsync(qaoa.Id!);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Algorithms.GetAsync(qaoa.Id!));
    }

    [Fact]
    public async Task Sketches_relations_and_permissions_belong_to_their_algorithm()
    {
        using var platform = new HubPlatformClient(Options("org-sketches"));
        var grover = await platform.Algorithms.CreateAsync(new CatalogContentRequest { Name = "Grover" });
        var amplitude = await platform.Algorithms.CreateAsync(new CatalogContentRequest { Name = "Amplitude amplification" });

        var sketch = await platform.Algorithms.AddSketchAsync(grover.Id!, new AlgorithmSketchRequest { Title = "Oracle and diffusion" });
        Assert.Equal(grover.Id, sketch.AlgorithmId);
        Assert.Equal(sketch.Id, Assert.Single(await platform.Algorithms.GetSketchesAsync(grover.Id!)).Id);
        Assert.Empty(await platform.Algorithms.GetSketchesAsync(amplitude.Id!));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Algorithms.GetSketchesAsync("no-such-algorithm"));

        await Assert.ThrowsAsync<NotFoundException>(() => platform.Algorithms.AddRelationAsync(grover.Id!, new AlgorithmRelationRequest { TargetAlgorithmId = "nope", RelationType = "VARIANT_OF" }));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.Algorithms.AddRelationAsync(grover.Id!, new AlgorithmRelationRequest { TargetAlgorithmId = amplitude.Id! }));
        var relation = await platform.Algorithms.AddRelationAsync(grover.Id!, new AlgorithmRelationRequest { TargetAlgorithmId = amplitude.Id!, RelationType = "SPECIAL_CASE_OF" });
        Assert.Equal("SPECIAL_CASE_OF", Assert.Single(await platform.Algorithms.GetRelationsAsync(grover.Id!)).RelationType);

        await platform.Algorithms.SetPermissionAsync(grover.Id!, new AlgorithmPermissionRequest { PrincipalId = "user-ada", Permission = "VIEWER" });
        var raised = await platform.Algorithms.SetPermissionAsync(grover.Id!, new AlgorithmPermissionRequest { PrincipalId = "user-ada", Permission = "MAINTAINER" });
        Assert.Equal("MAINTAINER", Assert.Single(await platform.Algorithms.GetPermissionsAsync(grover.Id!)).Permission);
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.Algorithms.SetPermissionAsync(grover.Id!, new AlgorithmPermissionRequest { PrincipalId = "user-alan", Permission = "ADMIN" }));

        await platform.Algorithms.DeleteSketchAsync(grover.Id!, sketch.Id!);
        await platform.Algorithms.DeleteRelationAsync(grover.Id!, relation.Id!);
        await platform.Algorithms.DeletePermissionAsync(grover.Id!, raised.Id!);
        Assert.Empty(await platform.Algorithms.GetSketchesAsync(grover.Id!));
        Assert.Empty(await platform.Algorithms.GetRelationsAsync(grover.Id!));
        Assert.Empty(await platform.Algorithms.GetPermissionsAsync(grover.Id!));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Algorithms.DeleteSketchAsync(grover.Id!, sketch.Id!));
    }

    [Fact]
    public async Task Implementations_name_an_algorithm_of_the_context_and_use_cases_list_by_title()
    {
        using var platform = new HubPlatformClient(Options("org-implementations"));
        var vqe = await platform.Algorithms.CreateAsync(new CatalogContentRequest { Name = "VQE" });
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.Implementations.CreateAsync(new CatalogContentRequest { Name = "orphan" }));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Implementations.CreateAsync(new CatalogContentRequest { Name = "lost", AlgorithmId = "nope" }));
        var qiskit = await platform.Implementations.CreateAsync(new CatalogContentRequest { Name = "vqe-qiskit", AlgorithmId = vqe.Id, ProgrammingLanguage = "Python" });
        Assert.Equal(vqe.Id, qiskit.AlgorithmId);
        var other = await platform.Algorithms.CreateAsync(new CatalogContentRequest { Name = "QPE" });
        await platform.Implementations.CreateAsync(new CatalogContentRequest { Name = "qpe-cirq", AlgorithmId = other.Id });
        Assert.Equal("vqe-qiskit", Assert.Single((await platform.Implementations.ListPageAsync(filters: new Dictionary<string, string?> { ["algorithmId"] = vqe.Id })).Items).Name);

        await platform.UseCases.CreateAsync(new CatalogContentRequest { Title = "Portfolio optimization", Industry = "Finance" });
        await platform.UseCases.CreateAsync(new CatalogContentRequest { Title = "Battery chemistry", Industry = "Energy" });
        Assert.Equal("Finance", Assert.Single((await platform.UseCases.ListPageAsync(filters: new Dictionary<string, string?> { ["title"] = "portfolio" })).Items).Industry);
        Assert.Equal(2, (await platform.UseCases.ListPageAsync()).TotalElements);
    }

    [Fact]
    public async Task A_git_integrations_token_is_stored_never_answered_back_nor_logged()
    {
        var log = new List<string>();
        using var platform = new HubPlatformClient(Options("org-git", configure: o => o.Logger = entry => log.Add(entry.Message)));
        const string token = "ghp_0123456789abcdefghij";
        var github = await platform.GitIntegrations.CreateAsync(new GitIntegrationRequest { Name = "acme-github", Provider = "GITHUB", Url = "https://github.com/acme", Token = token });
        Assert.True(github.TokenConfigured);
        await Assert.ThrowsAsync<ConflictException>(() => platform.GitIntegrations.CreateAsync(new GitIntegrationRequest { Name = "ACME-github", Provider = "GITHUB", Token = "t" }));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.GitIntegrations.CreateAsync(new GitIntegrationRequest { Name = "svn", Provider = "SUBVERSION" }));
        Assert.Equal("acme", (await platform.GitIntegrations.UpdateAsync(github.Id!, new GitIntegrationRequest { Username = "acme" })).Username);
        Assert.DoesNotContain(log, line => line.Contains(token));
        Assert.Contains(log, line => line.Contains("withheld"));
        Assert.Equal("acme-github", Assert.Single((await platform.GitIntegrations.ListPageAsync()).Items).Name);
    }
}
