using System.Reflection;
using System.Runtime.InteropServices;

namespace KipuHub.Tests.Unit.Support;

/// <summary>The cmdlet assembly read with MetadataLoadContext: attributes without loading PowerShell.</summary>
public sealed class CmdletMetadata : IDisposable
{
    public const string Sma = "System.Management.Automation";
    readonly MetadataLoadContext context;

    public CmdletMetadata()
    {
        var powerShellStandard = Attribute("PowerShellStandardPath");
        var paths = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").ToList();
        paths.Add(Path.Combine(powerShellStandard, "lib", "netstandard2.0", "System.Management.Automation.dll"));
        paths.Add(typeof(KipuHub.PowerShell.Connection.ConnectionSettings).Assembly.Location);
        paths.Add(typeof(KipuHub.Client.Quantum.HubQuantumClient).Assembly.Location);
        paths.Add(typeof(RestSharp.RestClient).Assembly.Location);
        context = new MetadataLoadContext(new PathAssemblyResolver(paths), "System.Private.CoreLib");
        Assembly = context.LoadFromAssemblyPath(typeof(KipuHub.PowerShell.Connection.ConnectionSettings).Assembly.Location);
        SmaAssembly = context.LoadFromAssemblyName(Sma);
        Cmdlets = Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && Cmdlet(t) is not null)
            .Select(t => new CmdletInfo(t, Cmdlet(t)!))
            .OrderBy(c => c.Name)
            .ToList();
    }

    public Assembly Assembly { get; }
    public Assembly SmaAssembly { get; }
    public IReadOnlyList<CmdletInfo> Cmdlets { get; }

    public static string RepositoryRoot => Attribute("RepositoryRoot");

    static string Attribute(string key) => typeof(CmdletMetadata).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    static CustomAttributeData? Cmdlet(Type type) =>
        type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == Sma + ".CmdletAttribute");

    public void Dispose() => context.Dispose();
}

public sealed class CmdletInfo
{
    public CmdletInfo(Type type, CustomAttributeData cmdlet)
    {
        Type = type;
        Verb = (string)cmdlet.ConstructorArguments[0].Value!;
        Noun = (string)cmdlet.ConstructorArguments[1].Value!;
        SupportsShouldProcess = Named<bool>(cmdlet, "SupportsShouldProcess");
        DefaultParameterSetName = Named<string>(cmdlet, "DefaultParameterSetName");
        HelpUri = Named<string>(cmdlet, "HelpUri");
        Parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(p => p.GetCustomAttributesData()
                .Where(a => a.AttributeType.FullName == CmdletMetadata.Sma + ".ParameterAttribute")
                .Select(a => new ParameterInfo(p, a)))
            .ToList();
        OutputTypes = type.GetCustomAttributesData().Where(a => a.AttributeType.FullName == CmdletMetadata.Sma + ".OutputTypeAttribute").ToList();
    }

    public Type Type { get; }
    public string Verb { get; }
    public string Noun { get; }
    public string Name => Verb + "-" + Noun;
    public bool SupportsShouldProcess { get; }
    public string? DefaultParameterSetName { get; }
    public string? HelpUri { get; }
    public IReadOnlyList<ParameterInfo> Parameters { get; }
    public IReadOnlyList<CustomAttributeData> OutputTypes { get; }

    public IReadOnlyList<string> ParameterSets =>
        Parameters.Select(p => p.Set).Where(s => s != ParameterInfo.AllSets).Distinct().ToList();

    internal static T? Named<T>(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => (T?)a.TypedValue.Value).FirstOrDefault();

    public override string ToString() => Name;
}

public sealed class ParameterInfo
{
    public const string AllSets = "__AllParameterSets";

    public ParameterInfo(PropertyInfo property, CustomAttributeData attribute)
    {
        Property = property;
        Set = CmdletInfo.Named<string>(attribute, "ParameterSetName") ?? AllSets;
        Position = attribute.NamedArguments.Any(a => a.MemberName == "Position") ? CmdletInfo.Named<int>(attribute, "Position") : null;
        Mandatory = CmdletInfo.Named<bool>(attribute, "Mandatory");
        Aliases = property.GetCustomAttributesData()
            .Where(a => a.AttributeType.FullName == CmdletMetadata.Sma + ".AliasAttribute")
            .SelectMany(a => ((IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(v => (string)v.Value!))
            .ToList();
    }

    public PropertyInfo Property { get; }
    public string Name => Property.Name;
    public string Set { get; }
    public int? Position { get; }
    public bool Mandatory { get; }
    public IReadOnlyList<string> Aliases { get; }
}
