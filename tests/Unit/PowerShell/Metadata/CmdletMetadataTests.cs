using System.Text.RegularExpressions;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Metadata;

/// <summary>Static checks of the cmdlets that PowerShell would otherwise only report at import or first use.</summary>
[Trait("Category", "Static")]
public sealed class CmdletMetadataTests : IClassFixture<CmdletMetadata>
{
    static readonly HashSet<string> ApprovedVerbs = new(StringComparer.Ordinal)
    {
        "Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move", "New", "Open",
            "Optimize",
        "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select", "Set", "Show", "Skip", "Split", "Step", "Switch",
        "Undo", "Unlock", "Watch", "Connect", "Disconnect", "Read", "Receive", "Send", "Write", "Backup", "Checkpoint", "Compare",
            "Compress",
        "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit", "Expand", "Export", "Group", "Import", "Initialize", "Limit", "Merge",
        "Mount", "Out", "Publish", "Restore", "Save", "Sync", "Unpublish", "Update", "Approve", "Assert", "Build", "Complete", "Confirm",
        "Deny", "Deploy", "Disable", "Enable", "Install", "Invoke", "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit",
        "Suspend", "Uninstall", "Unregister", "Wait", "Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace", "Block", "Grant",
        "Protect", "Revoke", "Unblock", "Unprotect", "Use",
    };

    static readonly string[] CommonParameters =
    {
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable", "WarningVariable",
        "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm", "First", "Skip", "IncludeTotalCount",
    };

    readonly CmdletMetadata metadata;

    public CmdletMetadataTests(CmdletMetadata metadata)
    {
        this.metadata = metadata;
    }

    public static TheoryData<string> CmdletNames()
    {
        using var metadata = new CmdletMetadata();
        var data = new TheoryData<string>();
        foreach (var cmdlet in metadata.Cmdlets) data.Add(cmdlet.Name);
        return data;
    }

    CmdletInfo Cmdlet(string name) => metadata.Cmdlets.Single(c => c.Name == name);

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Verbs_are_approved_and_nouns_are_singular_with_the_prefix(string name)
    {
        var cmdlet = Cmdlet(name);
        Assert.Contains(cmdlet.Verb, ApprovedVerbs);
        Assert.StartsWith("QHub", cmdlet.Noun);
        Assert.False(cmdlet.Noun.EndsWith("s", StringComparison.Ordinal) && !cmdlet.Noun.EndsWith("Status", StringComparison.Ordinal),
            $"{name}: nouns are singular");
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_cmdlet_declares_its_output_type(string name) => Assert.NotEmpty(Cmdlet(name).OutputTypes);

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Every_cmdlet_runs_on_its_success_path_in_a_behaviour_test(string name) =>
        Assert.True(PesterBehaviour.Called.ContainsKey(name), $"{name}: no Pester It (not tagged Static) runs it without -WhatIf, " +
            "outside Should -Throw and without hiding its errors; write the test that shows it working against the emulator.");

    // Every verb is one of three kinds, and each kind holds its cmdlets to something: a new verb must be placed.
    static readonly HashSet<string> ChangingVerbs = new(StringComparer.Ordinal)
        { "New", "Set", "Remove", "Stop", "Close", "Start", "Save", "Invoke", "Add", "Publish", "Unpublish", "Reset", "Approve" };
    static readonly HashSet<string> ReadingVerbs = new(StringComparer.Ordinal) { "Get", "Test", "Wait", "Receive", "Measure" };

    // Connect and Disconnect change this session only, as Connect-AzAccount and Connect-MgGraph do: no -WhatIf.
    static readonly HashSet<string> SessionVerbs = new(StringComparer.Ordinal) { "Connect", "Disconnect" };

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Cmdlets_that_change_the_Hub_support_WhatIf_and_Confirm_and_readers_do_not(string name)
    {
        var cmdlet = Cmdlet(name);
        if (ChangingVerbs.Contains(cmdlet.Verb))
            Assert.True(cmdlet.SupportsShouldProcess, $"{name} changes state and must support -WhatIf/-Confirm");
        else if (ReadingVerbs.Contains(cmdlet.Verb) || SessionVerbs.Contains(cmdlet.Verb))
            Assert.False(cmdlet.SupportsShouldProcess, $"{name} changes nothing on the Hub: -WhatIf would only mislead");
        else
            Assert.Fail($"{name}: the verb {cmdlet.Verb} is in no list of this test; say whether it changes the Hub");
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Parameter_sets_are_ones_PowerShell_can_resolve(string name)
    {
        var cmdlet = Cmdlet(name);
        var sets = cmdlet.ParameterSets;
        if (sets.Count > 1)
        {
            Assert.False(string.IsNullOrEmpty(cmdlet.DefaultParameterSetName),
                $"{name} has {sets.Count} parameter sets and needs a default one");
            // A default set that no parameter names is the set of the shared parameters alone; it is unambiguous
            // only when every named set has a mandatory parameter of its own.
            if (!sets.Contains(cmdlet.DefaultParameterSetName!))
                foreach (var set in sets)
                    Assert.True(cmdlet.Parameters.Any(p => p.Set == set && p.Mandatory),
                        $"{name}: set {set} needs a mandatory parameter, the default set being {cmdlet.DefaultParameterSetName}");
        }
        foreach (var set in sets.DefaultIfEmpty(ParameterInfo.AllSets))
        {
            var members = cmdlet.Parameters.Where(p => p.Set == set || p.Set == ParameterInfo.AllSets).ToList();
            var positions = members.Where(p => p.Position is not null).GroupBy(p => p.Position).Where(g => g.Count() > 1).ToList();
            Assert.True(positions.Count == 0, $"{name}, set {set}: position {positions.FirstOrDefault()?.Key} is shared");
        }
        var names = cmdlet.Parameters.Select(p => p.Property).Distinct()
            .SelectMany(p => cmdlet.Parameters.First(q => q.Property == p).Aliases.Append(p.Name))
            .Concat(CommonParameters)
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.True(names.Count == 0, $"{name}: parameter names or aliases collide: {string.Join(", ", names)}");
    }

    [Fact]
    public void The_manifest_exports_exactly_the_cmdlets_of_the_assembly()
    {
        var manifest = File.ReadAllText(Path.Combine(CmdletMetadata.RepositoryRoot, "KipuHub.psd1"));
        var block = Regex.Match(manifest, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
        var exported = Regex.Matches(block, @"'([^']+)'").Select(m => m.Groups[1].Value).OrderBy(n => n).ToList();
        Assert.Equal(metadata.Cmdlets.Select(c => c.Name).OrderBy(n => n), exported);
        Assert.DoesNotMatch(@"ToExport\s*=\s*'?\*", manifest);
    }

    [Fact]
    public void The_manifest_carries_the_one_version_number_and_both_editions()
    {
        var manifest = File.ReadAllText(Path.Combine(CmdletMetadata.RepositoryRoot, "KipuHub.psd1"));
        var props = File.ReadAllText(Path.Combine(CmdletMetadata.RepositoryRoot, "Directory.Build.props"));
        var version = Regex.Match(props, "<KipuHubVersion>([^<]+)</KipuHubVersion>").Groups[1].Value;
        Assert.Equal(version, Regex.Match(manifest, @"ModuleVersion\s*=\s*'([^']+)'").Groups[1].Value);
        Assert.Matches(@"CompatiblePSEditions\s*=\s*@\('Core',\s*'Desktop'\)", manifest);
        Assert.Matches(@"PowerShellVersion\s*=\s*'5\.1'", manifest);
        Assert.Contains("FormatsToProcess", manifest);
        Assert.Equal(version, typeof(KipuHub.PowerShell.Connection.ConnectionSettings).Assembly.GetName().Version!.ToString(3));
    }

    [Fact]
    public void The_changelog_has_the_release_notes_of_this_version()
    {
        var props = File.ReadAllText(Path.Combine(CmdletMetadata.RepositoryRoot, "Directory.Build.props"));
        var version = Regex.Match(props, "<KipuHubVersion>([^<]+)</KipuHubVersion>").Groups[1].Value;
        var changelog = File.ReadAllText(Path.Combine(CmdletMetadata.RepositoryRoot, "CHANGELOG.md"));
        Assert.Matches($@"(?m)^## \[?{Regex.Escape(version)}\]?", changelog);
        Assert.True(File.Exists(Path.Combine(CmdletMetadata.RepositoryRoot, "LICENSE")));
    }

    // Import-Module lists the exported types before the module's loader can answer for KipuHub.Client: a base type
    // generic over a client type (GetCatalogResourceCommand<Algorithm>) makes the import fail.
    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void No_cmdlet_derives_from_a_generic_type(string name)
    {
        for (var type = Cmdlet(name).Type.BaseType; type is not null; type = type.BaseType)
            Assert.False(type.IsGenericType, $"{name} derives from {type}");
    }

    [Fact]
    public void The_cmdlet_assembly_references_neither_RestSharp_nor_System_Text_Json()
    {
        var references = metadata.Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("RestSharp", references);
        Assert.DoesNotContain("System.Text.Json", references);
        Assert.Contains("KipuHub.Client", references);
        Assert.DoesNotContain("KipuHub.PowerShell.Loader", references);
    }

    [Fact]
    public void The_loader_assembly_references_only_the_runtime()
    {
        // It is loaded into the default context: anything it referenced beyond the runtime would be shared there.
        var loader = typeof(KipuHub.PowerShell.Loader.DependencyLoadContext).Assembly;
        var references = loader.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System.", StringComparison.Ordinal), $"the loader references {name}"));
        Assert.Single(loader.GetExportedTypes());
    }

    [Fact]
    public void No_public_signature_of_the_cmdlet_assembly_exposes_RestSharp_or_System_Text_Json()
    {
        var forbidden = new[] { "RestSharp", "System.Text.Json" };
        var offenders = new List<string>();
        foreach (var type in metadata.Assembly.GetExportedTypes())
        {
            var members =
                type.GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance |
                    System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly);
            foreach (var member in members)
            {
                var types = member switch
                {
                    System.Reflection.PropertyInfo p => new[] { p.PropertyType },
                    System.Reflection.FieldInfo f => new[] { f.FieldType },
                    System.Reflection.MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType).ToArray(),
                    _ => Array.Empty<Type>(),
                };
                foreach (var used in types)
                    if (forbidden.Any(f => used.Assembly.GetName().Name == f))
                        offenders.Add($"{type.Name}.{member.Name}: {used.FullName}");
            }
        }
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_error_kinds_are_PowerShell_error_categories()
    {
        var categories = metadata.SmaAssembly.GetType("System.Management.Automation.ErrorCategory")!.GetFields().Select(f =>
            f.Name).ToHashSet();
        foreach (var kind in Enum.GetNames<KipuHub.PowerShell.Errors.ErrorKind>())
            Assert.Contains(kind, categories);
    }

    [Fact]
    public void Quantum_objects_bind_down_the_pipeline_by_property_name()
    {
        var newJob = Cmdlet("New-QHubJob");
        Assert.Contains(newJob.Parameters, p => p.Name == "BackendId");
        Assert.Contains(newJob.Parameters, p => p.Name == "SessionId");
        var types = File.ReadAllText(Path.Combine(CmdletMetadata.RepositoryRoot, "src/KipuHub.PowerShell/Formatting/KipuHub.Types.ps1xml"));
        Assert.Contains("<Name>BackendId</Name><ReferencedMemberName>Id</ReferencedMemberName>", types);
        Assert.Contains("<Name>SessionId</Name><ReferencedMemberName>Id</ReferencedMemberName>", types);
        foreach (var name in new[] { "Wait-QHubJob", "Stop-QHubJob", "Receive-QHubJobResult", "Save-QHubJobResult", "Get-QHubJobInput",
            "Close-QHubSession" })
            Assert.Contains(Cmdlet(name).Parameters, p => p.Name == "Id" && p.Property.GetCustomAttributesData().Any(a =>
                a.NamedArguments.Any(n => n.MemberName == "ValueFromPipelineByPropertyName" && (bool)n.TypedValue.Value!)));
    }
}
