using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace KipuHub.Tests.Unit.Support;

/// <summary>
/// A PowerShell hosted in the test process (Microsoft.PowerShell.SDK, tests only) with the module imported from the
/// build output: for a cmdlet's behaviour where xunit must look closer than Pester can (runspaces, a hostile server).
/// </summary>
public sealed class HostedShell : IDisposable
{
    public static readonly string Module = Path.Combine(AppContext.BaseDirectory, "KipuHub.PowerShell.dll");

    HostedShell(Runspace runspace)
    {
        Runspace = runspace;
    }

    public Runspace Runspace { get; }

    /// <summary>The errors the last Invoke wrote, terminating or not.</summary>
    public IReadOnlyList<ErrorRecord> Errors { get; private set; } = Array.Empty<ErrorRecord>();

    public static Runspace OpenRunspace()
    {
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        return runspace;
    }

    /// <summary>A runspace with KipuHub imported.</summary>
    public static HostedShell WithModule()
    {
        var shell = new HostedShell(OpenRunspace());
        shell.Run("param($m) Import-Module $m", Module);
        return shell;
    }

    /// <summary>Runs a script and asserts that it wrote no error.</summary>
    public IReadOnlyList<PSObject> Run(string script, params object?[] arguments)
    {
        var results = Invoke(script, arguments);
        Assert.True(Errors.Count == 0, string.Join("; ", Errors));
        return results;
    }

    /// <summary>Runs a script; its errors, a terminating one included, are in <see cref="Errors"/>.</summary>
    public IReadOnlyList<PSObject> Invoke(string script, params object?[] arguments)
    {
        var results = Invoke(Runspace, script, arguments, out var errors);
        Errors = errors;
        return results;
    }

    public static IReadOnlyList<PSObject> Invoke(Runspace runspace, string script, object?[] arguments, out IReadOnlyList<ErrorRecord> errors)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        foreach (var argument in arguments) shell.AddArgument(argument);
        var written = new List<ErrorRecord>();
        IReadOnlyList<PSObject> results;
        try
        {
            results = shell.Invoke();
        }
        catch (RuntimeException e)
        {
            written.Add(e.ErrorRecord);
            results = Array.Empty<PSObject>();
        }
        written.InsertRange(0, shell.Streams.Error);
        errors = written;
        return results;
    }

    public void Dispose() => Runspace.Dispose();
}
