using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit;

/// <summary>The rules .editorconfig states but dotnet format does not check, and one for the tests themselves.</summary>
[Trait("Category", "Static")]
public sealed class HouseRulesTests
{
    [Fact]
    public void No_line_of_the_sources_is_longer_than_the_140_column_guide()
    {
        var src = Path.Combine(CmdletMetadata.RepositoryRoot, "src");
        var files = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var tooLong = files.SelectMany(f => File.ReadLines(f).Select((line, i) =>
            (File: Path.GetRelativePath(src, f), Line: i + 1, line.Length)))
            .Where(l => l.Length > 140).Select(l => $"{l.File}:{l.Line} ({l.Length} columns)").ToList();
        Assert.True(tooLong.Count == 0, "Over 140 columns:\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void Every_Pester_test_asserts_something() =>
        Assert.True(!PesterBehaviour.WithoutAssertion.Any(),
            "These Its call no Should, no Assert-* helper and throw nothing, so they cannot fail:\n" +
            string.Join("\n", PesterBehaviour.WithoutAssertion));
}
