namespace KipuHub.Client.Core;

/// <summary>The base URLs of the four Hub APIs. <see cref="Default"/> is the real Hub.</summary>
public sealed class HubEnvironment
{
    public HubEnvironment(Uri quantum, Uri platform, Uri user, Uri service)
    {
        Quantum = quantum;
        Platform = platform;
        User = user;
        Service = service;
    }

    public static HubEnvironment Default { get; } = new(
        new Uri("https://api.hub.kipu-quantum.com/quantum"),
        new Uri("https://api.hub.kipu-quantum.com/qc-catalog"),
        new Uri("https://api.hub.kipu-quantum.com/user-service"),
        // A template the caller must replace with the concrete gateway URL of a service, as in the SDKs.
        new Uri("https://gateway.hub.kipu-quantum.com/"));

    public Uri Quantum { get; }
    public Uri Platform { get; }
    public Uri User { get; }
    public Uri Service { get; }

    /// <summary>
    /// Derives the four API URLs from one root, the layout of the emulator and of an on-premises Hub:
    /// {root}/quantum, {root}/qc-catalog, {root}/user-service, {root}/gateway.
    /// </summary>
    public static HubEnvironment FromRoot(Uri root)
    {
        if (root is null) throw new ArgumentNullException(nameof(root));
        if (!root.IsAbsoluteUri) throw new ArgumentException("The Hub root must be an absolute URL such as http://127.0.0.1:5080.",
            nameof(root));
        var text = root.AbsoluteUri.TrimEnd('/');
        return new HubEnvironment(
            new Uri(text + "/quantum"),
            new Uri(text + "/qc-catalog"),
            new Uri(text + "/user-service"),
            new Uri(text + "/gateway"));
    }
}
