using System.Reflection;

namespace KipuHub.PowerShell.Loading;

/// <summary>
/// A private AssemblyLoadContext, reached through reflection because netstandard2.0 has no such type.
/// Null on .NET Framework (Windows PowerShell 5.1), which has no load contexts.
/// </summary>
internal sealed class AssemblyLoadContextProxy
{
    readonly object context;
    readonly MethodInfo loadFromAssemblyPath;

    AssemblyLoadContextProxy(Type type, string name)
    {
        context = type.GetConstructor(new[] { typeof(string), typeof(bool) })!.Invoke(new object[] { name, false });
        loadFromAssemblyPath = type.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })!;
    }

    public static AssemblyLoadContextProxy? Create(string name)
    {
        var type = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext");
        return type is null ? null : new AssemblyLoadContextProxy(type, name);
    }

    public Assembly LoadFromAssemblyPath(string path) => (Assembly)loadFromAssemblyPath.Invoke(context, new object[] { path })!;
}
