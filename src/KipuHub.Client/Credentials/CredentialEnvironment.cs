using System.Runtime.InteropServices;

namespace KipuHub.Client.Credentials;

/// <summary>What credential lookup reads from the machine: variables and folders. Tests pass their own.</summary>
public sealed class CredentialEnvironment
{
    public CredentialEnvironment(Func<string, string?> getVariable, string homeDirectory, string? localAppData, bool isWindows)
    {
        GetVariable = getVariable;
        HomeDirectory = homeDirectory;
        LocalAppData = localAppData;
        IsWindows = isWindows;
    }

    public static CredentialEnvironment Current { get; } = new(
        Environment.GetEnvironmentVariable,
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData),
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows));

    public Func<string, string?> GetVariable { get; }
    public string HomeDirectory { get; }
    public string? LocalAppData { get; }
    public bool IsWindows { get; }

    /// <summary>Whether there is a home folder: a full path. Without one (HOME unset), paths under it would be the current
    /// folder's.</summary>
    public bool HasHomeDirectory => !string.IsNullOrEmpty(HomeDirectory) && System.IO.Path.IsPathRooted(HomeDirectory);

    public string? Variable(string name)
    {
        var value = GetVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
