namespace KipuHub.Tests.Unit.Support;

/// <summary>
/// Tests of what one process shares between its runspaces (the process's default connection): they run alone, after the
/// parallel ones. Beside them, another test's runspace that connected first keeps the default, as it should, and a
/// runspace pool here would use that test's emulator.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideState
{
    public const string Name = "The process's default connection";
}
