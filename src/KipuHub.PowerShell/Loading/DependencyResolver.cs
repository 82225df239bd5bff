using System.Reflection;
using System.Management.Automation;

namespace KipuHub.PowerShell.Loading;

/// <summary>
/// Loads KipuHub.Client, RestSharp and System.Text.Json from the module's dependencies/ folder: into a private
/// load context on PowerShell 7, so that other modules' versions of the same assemblies cannot clash with
/// ours; with Assembly.LoadFrom on Windows PowerShell 5.1. It answers only for requests that come from this
/// module's own assemblies, and does nothing at import but register itself.
/// </summary>
public sealed class DependencyResolver : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    static readonly Assembly Self = typeof(DependencyResolver).Assembly;
    static readonly string Folder = Path.Combine(Path.GetDirectoryName(Self.Location)!, "dependencies");
    static readonly Lazy<AssemblyLoadContextProxy?> Context = new(() => AssemblyLoadContextProxy.Create("KipuHub"));
    static readonly Dictionary<string, Assembly> Loaded = new(StringComparer.OrdinalIgnoreCase);

    public void OnImport() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

    public void OnRemove(PSModuleInfo module) => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

    static Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name).Name;
        if (name is null) return null;
        var requester = args.RequestingAssembly;
        // .NET Framework may not say who asks; then the file being ours is the only test.
        if (requester is not null && requester != Self && !IsOurs(requester)) return null;
        var path = Path.Combine(Folder, name + ".dll");
        if (!File.Exists(path)) return null;
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var assembly))
            {
                assembly = Context.Value is { } context ? context.LoadFromAssemblyPath(path) : Assembly.LoadFrom(path);
                Loaded[name] = assembly;
            }
            return assembly;
        }
    }

    static bool IsOurs(Assembly assembly)
    {
        try
        {
            return !assembly.IsDynamic
                && string.Equals(Path.GetDirectoryName(assembly.Location), Folder, StringComparison.OrdinalIgnoreCase);
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
