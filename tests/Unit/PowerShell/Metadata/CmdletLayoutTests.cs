using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Metadata;

/// <summary>
/// The shape of the cmdlet layer (issue 19): every cmdlet readable in one file, HubCmdletBase → its API's base → the
/// cmdlet at most, and found by its name under Cmdlets/&lt;Api&gt;/&lt;Noun&gt;/.
/// </summary>
[Trait("Category", "Static")]
public sealed class CmdletLayoutTests : IClassFixture<CmdletLayoutTests.Metadata>
{
    public sealed class Metadata : IDisposable
    {
        public CmdletMetadata Value { get; } = new();
        public void Dispose() => Value.Dispose();
    }

    static readonly string CmdletsFolder = Path.Combine(CmdletMetadata.RepositoryRoot, "src", "KipuHub.PowerShell", "Cmdlets");
    readonly CmdletMetadata metadata;

    public CmdletLayoutTests(Metadata fixture) => metadata = fixture.Value;

    [Fact]
    public void No_cmdlet_has_more_than_two_classes_of_ours_above_it()
    {
        var ours = metadata.Assembly;
        var deep = metadata.Cmdlets
            .Select(c => (c.Name, Bases: Chain(c.Type).TakeWhile(t => t.Assembly == ours).Select(t => t.Name).ToList()))
            .Where(c => c.Bases.Count > 2)
            .Select(c => $"{c.Name}: {string.Join(" → ", c.Bases)}")
            .ToList();
        Assert.True(deep.Count == 0, "Deeper than HubCmdletBase → the API's base → the cmdlet:\n" + string.Join("\n", deep));
        Assert.All(metadata.Cmdlets, c => Assert.Contains(Chain(c.Type).First().Name, new[] { "HubCmdletBase", "PSCmdlet" }
            .Concat(metadata.Assembly.GetTypes().Where(t => t.IsAbstract && t.BaseType?.Name == "HubCmdletBase").Select(t => t.Name))));
    }

    [Fact]
    public void Bases_live_in_one_folder_and_end_in_CmdletBase_and_no_abstract_class_ends_in_Command()
    {
        var abstracts = metadata.Assembly.GetTypes().Where(t => t.IsAbstract && !t.IsSealed && t.IsClass && Chain(t).Any(b => b.Name == "PSCmdlet")).ToList();
        Assert.NotEmpty(abstracts);
        Assert.All(abstracts, t => Assert.EndsWith("CmdletBase", t.Name));
        var files = Directory.GetFiles(CmdletsFolder, "*.cs", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).Contains("abstract ")).ToList();
        Assert.All(files, f => Assert.Equal("Bases", Path.GetFileName(Path.GetDirectoryName(f))));
    }

    [Fact]
    public void Every_cmdlet_is_alone_in_a_file_named_after_it_in_the_folder_of_its_noun()
    {
        var files = Directory.GetFiles(CmdletsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != "Bases").ToList();
        var misplaced = new List<string>();
        foreach (var cmdlet in metadata.Cmdlets)
        {
            var noun = cmdlet.Noun.Substring("QHub".Length);
            var folder = noun.Length == 0 ? "Connection" : noun;
            var found = files.Where(f => Path.GetFileNameWithoutExtension(f) == cmdlet.Type.Name).ToList();
            if (found.Count != 1 || Path.GetFileName(Path.GetDirectoryName(found[0])) != folder)
                misplaced.Add($"{cmdlet.Name} ({cmdlet.Type.Name}): {(found.Count == 0 ? "no file" : string.Join(", ", found.Select(f => Path.GetRelativePath(CmdletsFolder, f))))}");
        }
        Assert.True(misplaced.Count == 0, "Not in Cmdlets/<Api>/<Noun>/<Class>.cs:\n" + string.Join("\n", misplaced));
        Assert.All(files, f => Assert.Single(System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\[Cmdlet\(")));
        Assert.Equal(metadata.Cmdlets.Count, files.Count);
    }

    static IEnumerable<Type> Chain(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType) yield return t;
    }
}
