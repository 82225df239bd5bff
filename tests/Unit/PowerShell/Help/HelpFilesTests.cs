using System.Text.RegularExpressions;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Help;

/// <summary>Keeps docs/help (the source of Get-Help) in step with the cmdlets, without PowerShell.</summary>
[Trait("Category", "Static")]
public sealed class HelpFilesTests : IClassFixture<CmdletMetadata>
{
    static readonly string HelpFolder = Path.Combine(CmdletMetadata.RepositoryRoot, "docs", "help");
    readonly CmdletMetadata metadata;

    public HelpFilesTests(CmdletMetadata metadata)
    {
        this.metadata = metadata;
    }

    public static TheoryData<string> CmdletNames() => Metadata.CmdletMetadataTests.CmdletNames();

    static string Section(string markdown, string heading, string level = "##")
    {
        var match = Regex.Match(markdown, $@"^{level} {heading}\s*\n(?<body>.*?)(?=^{level} |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        return match.Success ? match.Groups["body"].Value.Trim() : "";
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_cmdlet_has_a_help_file_with_a_synopsis_a_description_and_two_examples(string name)
    {
        var path = Path.Combine(HelpFolder, name + ".md");
        Assert.True(File.Exists(path), $"docs/help/{name}.md is missing");
        var markdown = File.ReadAllText(path);
        Assert.Contains($"# {name}", markdown);
        Assert.False(string.IsNullOrWhiteSpace(Section(markdown, "SYNOPSIS")), "synopsis");
        Assert.False(string.IsNullOrWhiteSpace(Section(markdown, "DESCRIPTION")), "description");
        var examples = Regex.Matches(Section(markdown, "EXAMPLES"), @"^### Example \d+", RegexOptions.Multiline);
        Assert.True(examples.Count >= 2, $"{name} has {examples.Count} examples; at least two are needed");
        Assert.Contains(name, Section(markdown, "EXAMPLES"));
        Assert.False(string.IsNullOrWhiteSpace(Section(markdown, "OUTPUTS")), "outputs");
        Assert.False(string.IsNullOrWhiteSpace(Section(markdown, "INPUTS")), "inputs");
        Assert.Matches(@"\[[^\]]+\]\([^)]+\)", Section(markdown, "RELATED LINKS"));
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_parameter_has_a_section_and_every_section_a_parameter(string name)
    {
        var cmdlet = metadata.Cmdlets.Single(c => c.Name == name);
        var markdown = File.ReadAllText(Path.Combine(HelpFolder, name + ".md"));
        var documented = Regex.Matches(Section(markdown, "PARAMETERS"), @"^### -(\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        var expected = cmdlet.Parameters.Select(p => p.Name).ToHashSet();
        if (cmdlet.SupportsShouldProcess) expected.UnionWith(new[] { "WhatIf", "Confirm" });
        if (cmdlet.Type.GetCustomAttributesData().Any(a => a.AttributeType.Name == "CmdletAttribute" && a.NamedArguments.Any(n => n.MemberName == "SupportsPaging" && (bool)n.TypedValue.Value!)))
            expected.UnionWith(new[] { "First", "Skip", "IncludeTotalCount" });
        Assert.Equal(expected.OrderBy(n => n), documented.OrderBy(n => n));
        foreach (var parameter in cmdlet.Parameters.Select(p => p.Name).Distinct())
        {
            var block = Regex.Match(markdown, $@"^### -{parameter}\s*\n(?<text>.*?)```yaml\n(?<yaml>.*?)```", RegexOptions.Multiline | RegexOptions.Singleline);
            Assert.True(block.Success, $"{name} -{parameter} has no yaml block");
            Assert.False(string.IsNullOrWhiteSpace(block.Groups["text"].Value), $"{name} -{parameter} has no description");
            foreach (var field in new[] { "Type:", "Parameter Sets:", "Required:", "Position:", "Default value:", "Accept pipeline input:" })
                Assert.Contains(field, block.Groups["yaml"].Value);
        }
    }

    [Theory]
    [InlineData("about_KipuHub")]
    [InlineData("about_KipuHub_Automation")]
    [InlineData("about_KipuHub_Emulator")]
    public void The_about_topics_are_in_the_shape_platyPS_converts(string topic)
    {
        var markdown = File.ReadAllText(Path.Combine(HelpFolder, topic + ".md"));
        // platyPS makes about_*.help.txt only when the second heading is the lookup name; else it skips the file silently.
        Assert.StartsWith($"# {topic}\n## {topic}\n", markdown.Replace("\r\n", "\n"));
        Assert.False(string.IsNullOrWhiteSpace(Section(markdown, "SHORT DESCRIPTION", "#")));
        Assert.True(Section(markdown, "LONG DESCRIPTION", "#").Length > 500);
    }

    [Fact]
    public void No_help_file_describes_a_cmdlet_that_does_not_exist()
    {
        var cmdlets = metadata.Cmdlets.Select(c => c.Name).ToHashSet();
        var files = Directory.GetFiles(HelpFolder, "*-QHub*.md").Select(f => Path.GetFileNameWithoutExtension(f)!);
        Assert.All(files, f => Assert.Contains(f, cmdlets));
    }

    [Fact]
    public void The_about_topic_lists_every_error_id_the_module_raises()
    {
        var about = File.ReadAllText(Path.Combine(HelpFolder, "about_KipuHub.md"));
        var source = string.Join("\n", Directory.GetFiles(Path.Combine(CmdletMetadata.RepositoryRoot, "src", "KipuHub.PowerShell"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var ids = Regex.Matches(source, @"new\(""(?<id>[A-Z][A-Za-z]+)""|""(?<id>[A-Z][A-Za-z]+)"",\s*ErrorCategory|\?\s*""(?<id>Job[A-Z][a-z]+)""")
            .Select(m => m.Groups["id"].Value)
            .Where(id => !id.Contains('{'))
            .Distinct();
        foreach (var id in ids) Assert.Contains(id, about);
    }

    [Fact]
    public void Connect_QHub_help_names_the_token_variables_in_the_order_they_are_read_and_says_why()
    {
        var description = Section(File.ReadAllText(Path.Combine(HelpFolder, "Connect-QHub.md")), "DESCRIPTION");
        var positions = KipuHub.Client.Credentials.EnvironmentCredential.Variables
            .Select(v => Regex.Match(description, $@"(?<![A-Z_]){v}\b").Index).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Contains("first variable set winning", description, StringComparison.Ordinal);
        Assert.Contains("never outranks KQH_PERSONAL_ACCESS_TOKEN", description, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_cmdlet_has_a_HelpUri_to_its_page_under_the_project(string name)
    {
        var cmdlet = metadata.Cmdlets.Single(c => c.Name == name);
        Assert.Equal($"https://github.com/kipuhub/KipuHub/blob/main/docs/help/{name}.md", cmdlet.HelpUri);
        Assert.True(File.Exists(Path.Combine(HelpFolder, name + ".md")));
    }
}
