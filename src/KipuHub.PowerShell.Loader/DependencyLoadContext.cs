using System.Reflection;
using System.Runtime.Loader;

namespace KipuHub.PowerShell.Loader;

/// <summary>
/// KipuHub's private load context. Load is asked before the default context, so RestSharp and the client come
/// from dependencies/ even when another module loaded other versions of them first. Assemblies the runtime
/// itself ships in a version at least as high as the one asked for stay the runtime's: a netstandard polyfill
/// such as System.Memory loaded beside the runtime's own Span would split the types in two.
/// </summary>
public sealed class DependencyLoadContext : AssemblyLoadContext
{
    readonly string folder;
    readonly IReadOnlyDictionary<string, string> platform;

    DependencyLoadContext(string folder, IReadOnlyDictionary<string, string> platform) : base("KipuHub", isCollectible: false)
    {
        this.folder = folder;
        this.platform = platform;
    }

    /// <summary>A loader by path for the netstandard2.0 cmdlet assembly, which cannot name this type.</summary>
    public static Func<string, Assembly> Create(string folder) =>
        new DependencyLoadContext(folder, PlatformAssemblies()).LoadFromAssemblyPath;

    protected override Assembly? Load(AssemblyName name)
    {
        if (name.Name is null) return null;
        var path = Path.Combine(folder, name.Name + ".dll");
        if (!File.Exists(path) || PlatformProvides(name)) return null;
        return LoadFromAssemblyPath(path);
    }

    bool PlatformProvides(AssemblyName name) =>
        platform.TryGetValue(name.Name!, out var path)
        && AssemblyName.GetAssemblyName(path).Version >= (name.Version ?? new Version(0, 0));

    /// <summary>The runtime's own assemblies: those beside System.Private.CoreLib, not the host application's.</summary>
    static IReadOnlyDictionary<string, string> PlatformAssemblies()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            if (string.Equals(Path.GetDirectoryName(path), runtime, StringComparison.OrdinalIgnoreCase))
                byName[Path.GetFileNameWithoutExtension(path)] = path;
        return byName;
    }
}
