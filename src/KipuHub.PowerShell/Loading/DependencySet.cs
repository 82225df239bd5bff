using System.Reflection;

namespace KipuHub.PowerShell.Loading;

/// <summary>
/// The assemblies of the dependencies/ folder, by name, and which requests for them this module answers: only
/// those that come from the module's own assemblies (the cmdlet assembly or one of the folder's), for a name of
/// the folder, a version no higher than the file's and the same public key. .NET Framework may not say who asks;
/// then the name, version and key are the whole test.
/// </summary>
internal sealed class DependencySet
{
    readonly Dictionary<string, AssemblyName> byName;
    readonly string folder;

    DependencySet(string folder, IEnumerable<AssemblyName> names)
    {
        this.folder = folder;
        byName = names.Where(n => n.Name is not null).ToDictionary(n => n.Name!, StringComparer.OrdinalIgnoreCase);
    }

    public static DependencySet Read(string folder) => new(folder,
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dll").Select(AssemblyName.GetAssemblyName) :
            Enumerable.Empty<AssemblyName>());

    public string PathOf(string name) => Path.Combine(folder, byName[name].Name + ".dll");

    public bool AnswersFor(AssemblyName requested, Assembly? requester, Assembly self)
    {
        if (requested.Name is null || !byName.TryGetValue(requested.Name, out var available)) return false;
        if (requester is not null && requester != self && !Contains(requester.GetName())) return false;
        return (requested.Version is null || requested.Version <= available.Version)
            && SameKey(requested.GetPublicKeyToken(), available.GetPublicKeyToken());
    }

    bool Contains(AssemblyName name) =>
        name.Name is not null && byName.TryGetValue(name.Name, out var available)
        && available.Version == name.Version && SameKey(available.GetPublicKeyToken(), name.GetPublicKeyToken());

    static bool SameKey(byte[]? requested, byte[]? available) =>
        requested is null || requested.Length == 0 || (available ?? Array.Empty<byte>()).SequenceEqual(requested);
}
