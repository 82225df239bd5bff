using System.Management.Automation.Language;

namespace KipuHub.Tests.Unit.Support;

/// <summary>
/// The cmdlets the Pester suite's behaviour tests run on their success path: called inside an It that is not tagged
/// Static, not inside a block given to Should -Throw, and without -WhatIf, -ErrorVariable or an ErrorAction that hides an
/// error. Read from the test files' syntax trees, so a cmdlet only named in a string or a comment does not count.
/// </summary>
public static class PesterBehaviour
{
    static readonly Lazy<IReadOnlyList<(string File, CommandAst It)>> its = new(Read);

    /// <summary>Cmdlet name to the first "file: It title" that runs it.</summary>
    public static IReadOnlyDictionary<string, string> Called
    {
        get
        {
            var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (file, it) in its.Value.Where(i => !IsStatic(i.It)))
                foreach (var command in it.FindAll(n => n is CommandAst, true).Cast<CommandAst>())
                    if (command.GetCommandName() is { } name && OnSuccessPath(command, it))
                        found.TryAdd(name, $"{file}: {Title(it)}");
            return found;
        }
    }

    /// <summary>"file: It title" of every It, not marked -Skip, whose block calls no Should, no Assert-* helper and throws nothing:
    /// a test that cannot fail.</summary>
    public static IEnumerable<string> WithoutAssertion =>
        its.Value.Where(i => !i.It.CommandElements.OfType<CommandParameterAst>().Any(p => p.ParameterName == "Skip") &&
                !i.It.FindAll(n => n is ThrowStatementAst || (n is CommandAst c && c.GetCommandName() is "Should" or "Set-ItResult" ||
                    (n is CommandAst a && a.GetCommandName()?.StartsWith("Assert-", StringComparison.Ordinal) == true)), true).Any())
            .Select(i => $"{i.File}: {Title(i.It)}");

    static IReadOnlyList<(string File, CommandAst It)> Read()
    {
        var found = new List<(string, CommandAst)>();
        var folder = Path.Combine(CmdletMetadata.RepositoryRoot, "tests", "Pester");
        foreach (var file in Directory.GetFiles(folder, "*.Tests.ps1").Order(StringComparer.Ordinal))
        {
            var script = Parser.ParseFile(file, out _, out var errors);
            if (errors.Length > 0) throw new InvalidDataException($"{file} does not parse: {errors[0].Message}");
            foreach (var it in script.FindAll(n => n is CommandAst c && c.GetCommandName() == "It", true).Cast<CommandAst>())
                found.Add((Path.GetFileName(file), it));
        }
        return found;
    }

    static bool IsStatic(CommandAst it) =>
        it.CommandElements.OfType<CommandParameterAst>().Any(p => p.ParameterName == "Tag") &&
        it.CommandElements.OfType<StringConstantExpressionAst>().Any(s => s.Value == "Static");

    static bool OnSuccessPath(CommandAst command, CommandAst it)
    {
        var parameters = command.CommandElements.OfType<CommandParameterAst>().ToList();
        if (parameters.Any(p => p.ParameterName is "WhatIf" or "ErrorVariable" or "ev")) return false;
        var errorAction = parameters.FirstOrDefault(p => p.ParameterName is "ErrorAction" or "EA");
        if (errorAction is not null && Argument(command, errorAction) is "SilentlyContinue" or "Ignore" or "0") return false;
        for (var node = command.Parent; node is not null && node != it; node = node.Parent)
            if (node is PipelineAst pipeline && pipeline.PipelineElements.OfType<CommandAst>().Any(c => c.GetCommandName() == "Should" &&
                c.CommandElements.OfType<CommandParameterAst>().Any(p => p.ParameterName == "Throw")))
                return false;
        return true;
    }

    static string? Argument(CommandAst command, CommandParameterAst parameter)
    {
        if (parameter.Argument is not null) return parameter.Argument.Extent.Text.Trim('\'', '"');
        var next = command.CommandElements.SkipWhile(e => e != parameter).Skip(1).FirstOrDefault();
        return next?.Extent.Text.Trim('\'', '"');
    }

    static string Title(CommandAst it) =>
        it.CommandElements.Skip(1).OfType<StringConstantExpressionAst>().FirstOrDefault()?.Value ?? it.Extent.StartLineNumber.ToString();
}
