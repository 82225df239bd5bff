using System.Collections;
using System.Text.Json;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.Tests.Unit.PowerShell.Inputs;

public sealed class JobInputReaderTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kqh-input-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static string Wire(JobInput input) =>
        HubJson.Serialize(new CreateJobRequest { BackendId = "b", Shots = 1, Input = input }.ToWire());

    [Fact]
    public void A_hashtable_as_powershell_builds_it_becomes_the_json_object()
    {
        var bell = new Hashtable
        {
            ["gateset"] = "qis",
            ["qubits"] = 2,
            ["circuit"] = new object[]
            {
                new Hashtable { ["type"] = "h", ["targets"] = new object[] { 0 } },
                new Hashtable { ["type"] = "cnot", ["controls"] = new object[] { 0 }, ["targets"] = new object[] { 1 } },
            },
        };
        var input = JsonDocument.Parse(Wire(JobInputReader.FromValue(bell))).RootElement.GetProperty("input");
        Assert.Equal("qis", input.GetProperty("gateset").GetString());
        Assert.Equal(2, input.GetProperty("qubits").GetInt32());
        Assert.Equal("cnot", input.GetProperty("circuit")[1].GetProperty("type").GetString());
        Assert.Equal(0, input.GetProperty("circuit")[1].GetProperty("controls")[0].GetInt32());
    }

    [Fact]
    public void A_json_string_and_a_typed_input_are_taken_as_they_are()
    {
        var fromText = JsonDocument.Parse(Wire(JobInputReader.FromValue("""{"gateset":"qis","qubits":1,"circuit":[]}"""))).RootElement;
        Assert.Equal(1, fromText.GetProperty("input").GetProperty("qubits").GetInt32());
        var typed = new AwsQasm3JobInput("OPENQASM 3;");
        Assert.Same(typed, JobInputReader.FromValue(typed));
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("{not json", "not valid JSON")]
    public void Bad_input_is_a_clear_argument_error(string? value, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => JobInputReader.FromValue(value));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Other_objects_are_refused_with_what_is_accepted()
    {
        var error = Assert.Throws<ArgumentException>(() => JobInputReader.FromValue(42));
        Assert.Contains("hashtable", error.Message);
    }

    [Fact]
    public void A_json_file_is_sent_as_json_and_other_text_as_one_string()
    {
        var json = Path.Combine(folder, "bell.json");
        File.WriteAllText(json, """{"gateset":"qis","qubits":2,"circuit":[{"type":"h","targets":[0]}]}""");
        Assert.Equal(2, JsonDocument.Parse(Wire(JobInputReader.FromFile(json))).RootElement.GetProperty("input").GetProperty("qubits").GetInt32());
        var qasm = Path.Combine(folder, "bell.qasm");
        File.WriteAllText(qasm, "OPENQASM 3.0;\nqubit[2] q;\nh q[0];\n");
        Assert.Equal("OPENQASM 3.0;\nqubit[2] q;\nh q[0];\n", JsonDocument.Parse(Wire(JobInputReader.FromFile(qasm))).RootElement.GetProperty("input").GetString());
    }

    [Fact]
    public void Missing_empty_and_broken_files_are_clear_errors()
    {
        Assert.Throws<FileNotFoundException>(() => JobInputReader.FromFile(Path.Combine(folder, "nope.json")));
        var empty = Path.Combine(folder, "empty.json");
        File.WriteAllText(empty, "  ");
        Assert.Contains("is empty", Assert.Throws<ArgumentException>(() => JobInputReader.FromFile(empty)).Message);
        var broken = Path.Combine(folder, "broken.json");
        File.WriteAllText(broken, "{\"a\": ");
        Assert.Contains(broken, Assert.ThrowsAny<ArgumentException>(() => JobInputReader.FromFile(broken)).Message);
    }
}
