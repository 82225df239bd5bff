using System.Management.Automation;
using System.Reflection;

namespace KipuHub.PowerShell.Loading;

/// <summary>
/// Loads KipuHub.Client, RestSharp and System.Text.Json from the module's dependencies/ folder. On PowerShell 7
/// the client goes into KipuHub's own load context (KipuHub.PowerShell.Loader), which then answers for its
/// dependencies before the default context can; on Windows PowerShell 5.1, which has no load contexts, they are
/// loaded with Assembly.LoadFrom. Either way the handler answers only for the assemblies of dependencies/ asked
/// for by this module's own assemblies, and does nothing at import but register itself.
/// </summary>
public sealed class DependencyResolver : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    const string LoaderName = "KipuHub.PowerShell.Loader";
    static readonly Assembly Self = typeof(DependencyResolver).Assembly;
    static readonly string Folder = Path.Combine(Path.GetDirectoryName(Self.Location)!, "dependencies");
    static readonly Lazy<DependencySet> Dependencies = new(() => DependencySet.Read(Folder));
    static readonly Lazy<Func<string, Assembly>> LoadPrivately = new(CreateLoader);
    static readonly Dictionary<string, Assembly> Loaded = new(StringComparer.OrdinalIgnoreCase);

    public void OnImport() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

    public void OnRemove(PSModuleInfo module) => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

    static Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        var requested = new AssemblyName(args.Name);
        if (requested.Name is null || requested.Name == LoaderName) return null;
        if (!Dependencies.Value.AnswersFor(requested, args.RequestingAssembly, Self)) return null;
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(requested.Name, out var assembly))
            {
                var path = Dependencies.Value.PathOf(requested.Name);
                assembly = HasLoadContexts ? LoadPrivately.Value(path) : Assembly.LoadFrom(path);
                Loaded[requested.Name] = assembly;
            }
            return assembly;
        }
    }

    static bool HasLoadContexts => typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext") is not null;

    static Func<string, Assembly> CreateLoader()
    {
        // The load context is built for .NET 8: PowerShell 7.2 and 7.3 (.NET 6 and 7) cannot load it.
        if (Environment.Version.Major < 8)
            throw new PlatformNotSupportedException($"KipuHub needs PowerShell 7.4 or later, or Windows PowerShell 5.1; this is .NET " +
                $"{Environment.Version}. Update PowerShell (https://aka.ms/powershell).");
        var loader = Assembly.LoadFrom(Path.Combine(Folder, LoaderName + ".dll"));
        var create = loader.GetType(LoaderName + ".DependencyLoadContext", throwOnError: true)!.GetMethod("Create")!;
        return (Func<string, Assembly>)create.Invoke(null, new object[] { Folder })!;
    }
}
