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

    /// <summary>
    /// Everything the last Invoke showed or kept: its output, verbose, debug, warning and information lines, and each
    /// error whole (message, details, every exception of the chain with its data): where a secret must never be.
    /// </summary>
    public string Transcript { get; private set; } = "";

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
        var results = Invoke(Runspace, script, arguments, out var errors, out var transcript);
        Errors = errors;
        Transcript = transcript;
        return results;
    }

    public static IReadOnlyList<PSObject> Invoke(Runspace runspace, string script, object?[] arguments, out IReadOnlyList<ErrorRecord> errors) =>
        Invoke(runspace, script, arguments, out errors, out _);

    static IReadOnlyList<PSObject> Invoke(Runspace runspace, string script, object?[] arguments, out IReadOnlyList<ErrorRecord> errors,
        out string transcript)
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
        var streams = shell.Streams;
        transcript = string.Join("\n", results.Select(r => r?.ToString())
            .Concat(streams.Verbose.Select(r => r.Message)).Concat(streams.Debug.Select(r => r.Message))
            .Concat(streams.Warning.Select(r => r.Message)).Concat(streams.Information.Select(r => r.MessageData?.ToString()))
            .Concat(written.SelectMany(Whole)));
        return results;
    }

    static IEnumerable<string?> Whole(ErrorRecord error)
    {
        yield return error.ToString();
        yield return error.ErrorDetails?.Message;
        yield return error.ErrorDetails?.RecommendedAction;
        yield return error.TargetObject?.ToString();
        for (var e = error.Exception; e is not null; e = e.InnerException)
        {
            yield return e.ToString();
            foreach (System.Collections.DictionaryEntry entry in e.Data) yield return $"{entry.Key}={entry.Value}";
            foreach (var property in e.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
                yield return PropertyText(e, property);
        }
    }

    // Every property an exported error (Export-Clixml) would keep: headers and bodies included.
    static string? PropertyText(Exception e, System.Reflection.PropertyInfo property)
    {
        try
        {
            return Text(property.GetValue(e), depth: 0);
        }
        catch (System.Reflection.TargetInvocationException)
        {
            return null;
        }
    }

    static string? Text(object? value, int depth) => value switch
    {
        null => null,
        string text => text,
        _ when depth > 3 => value.ToString(),
        System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>().Select(i => Text(i, depth + 1))),
        _ when value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) =>
            Text(type.GetProperty("Key")!.GetValue(value), depth + 1) + "=" + Text(type.GetProperty("Value")!.GetValue(value), depth + 1),
        _ => value.ToString(),
    };

    public void Dispose() => Runspace.Dispose();
}
