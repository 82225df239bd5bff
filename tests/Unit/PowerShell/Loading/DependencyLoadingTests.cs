using System.Reflection;
using System.Runtime.Loader;
using KipuHub.PowerShell.Loader;
using KipuHub.PowerShell.Loading;

namespace KipuHub.Tests.Unit.PowerShell.Loading;

/// <summary>
/// The module's dependencies/ folder, rebuilt in a temporary folder from the assemblies this test run uses. This
/// process has RestSharp and System.Text.Json in its default context already, like a session in which another
/// module loaded them first.
/// </summary>
public sealed class DependencyLoadingTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kipuhub-dependencies-").FullName;
    static readonly Assembly RestSharpInDefault = typeof(RestSharp.RestClient).Assembly;

    public DependencyLoadingTests()
    {
        foreach (var assembly in new[] { RestSharpInDefault, typeof(KipuHub.Client.Quantum.HubQuantumClient).Assembly, typeof(System.Text.Json.JsonSerializer).Assembly })
            File.Copy(assembly.Location, Path.Combine(folder, Path.GetFileName(assembly.Location)));
    }

    [Fact]
    public void The_private_context_answers_for_the_folder_before_the_default_context()
    {
        var load = DependencyLoadContext.Create(folder);
        var client = load(Path.Combine(folder, "KipuHub.Client.dll"));
        var restSharp = client.GetReferencedAssemblies().Single(a => a.Name == "RestSharp");

        var context = AssemblyLoadContext.GetLoadContext(client)!;
        var loaded = context.LoadFromAssemblyName(restSharp);

        Assert.Equal("KipuHub", context.Name);
        Assert.NotSame(RestSharpInDefault, loaded);
        Assert.Same(context, AssemblyLoadContext.GetLoadContext(loaded));
        Assert.Equal(Path.Combine(folder, "RestSharp.dll"), loaded.Location);
    }

    [Fact]
    public void Assemblies_the_runtime_ships_in_the_version_asked_for_stay_the_runtimes()
    {
        var load = DependencyLoadContext.Create(folder);
        var context = AssemblyLoadContext.GetLoadContext(load(Path.Combine(folder, "KipuHub.Client.dll")))!;

        var json = context.LoadFromAssemblyName(typeof(System.Text.Json.JsonSerializer).Assembly.GetName());

        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(json));
    }

    [Fact]
    public void The_resolver_answers_only_for_its_own_assemblies_asking_for_names_of_the_folder()
    {
        var set = DependencySet.Read(folder);
        var self = typeof(DependencySet).Assembly;
        var ours = RestSharpInDefault.GetName();
        var higher = new AssemblyName(ours.FullName) { Version = new Version(200, 0, 0, 0) };
        var otherKey = new AssemblyName("RestSharp, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef");

        Assert.True(set.AnswersFor(ours, self, self));
        Assert.True(set.AnswersFor(ours, requester: null, self));
        Assert.True(set.AnswersFor(new AssemblyName("RestSharp, Version=100.0.0.0"), self, self));
        Assert.False(set.AnswersFor(higher, self, self));
        Assert.False(set.AnswersFor(otherKey, self, self));
        Assert.False(set.AnswersFor(new AssemblyName("Newtonsoft.Json"), self, self));
        Assert.False(set.AnswersFor(new AssemblyName("Newtonsoft.Json"), requester: null, self));
        Assert.False(set.AnswersFor(ours, typeof(Xunit.FactAttribute).Assembly, self));
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
