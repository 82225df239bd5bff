using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Quantum;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Reliability;

/// <summary>
/// Every transport fault against a read (get job), a create (create job) and a download (result stream), seen
/// through the client over real HTTP: each cell asserts its outcome, the attempts made, the jobs the emulator
/// holds afterwards (never one the client did not report, never two), and that no log line or error holds the
/// token. A create whose outcome is unknown is found again by its request tag (one job, returned as the
/// answer) or reported RequestOutcomeUnknown (no job). docs/reliability.md shows this table.
/// </summary>
public sealed class FaultMatrixTests : EmulatorFixture
{
    public enum Operation { Read, Create, Download }

    /// <summary>What a cell expects: success after some attempts, or an error of a type; and how many jobs exist after a create.</summary>
    public sealed record Expectation(int Attempts, Type? Error = null, int? JobsAfterCreate = null, string? MessageContains = null)
    {
        public override string ToString() => Error is null ? $"success after {Attempts}" : $"{Error.Name} after {Attempts}";
    }

    static object Fault(string kind, int count = 2, int? status = null, int? retryAfter = null, int? latency = null) =>
        new { kind, count, status, retry_after_seconds = retryAfter, latency_ms = latency };

    static readonly Expectation Retried = new(3);

    public static TheoryData<string, object, Operation, Expectation> Matrix()
    {
        var data = new TheoryData<string, object, Operation, Expectation>();
        void Row(string name, object fault, Expectation read, Expectation create, Expectation download)
        {
            data.Add(name, fault, Operation.Read, read);
            data.Add(name, fault, Operation.Create, create);
            data.Add(name, fault, Operation.Download, download);
        }
        var lost = "Get-QHubJob";
        var unknown = new Expectation(1, typeof(RequestOutcomeUnknownException), 0, lost);
        var recovered = new Expectation(1, null, 1);
        Row("500", Fault("status", status: 500), Retried, unknown, Retried);
        Row("502", Fault("status", status: 502), Retried, unknown, Retried);
        Row("503", Fault("status", status: 503), Retried, unknown, Retried);
        Row("504", Fault("status", status: 504), Retried, unknown, Retried);
        Row("502 after processing", Fault("status-after", status: 502), Retried, recovered, Retried);
        Row("429 with Retry-After", Fault("status", status: 429, retryAfter: 0), Retried, new(3, null, 1), Retried);
        Row("503 with Retry-After", Fault("status", status: 503, retryAfter: 0), Retried, new(3, null, 1), Retried);
        Row("reset before processing", Fault("reset-before"), Retried, unknown, Retried);
        Row("reset after processing", Fault("reset-after"), Retried, recovered, Retried);
        Row("slower than the timeout", Fault("latency", latency: 3000), Retried, recovered, Retried);
        Row("malformed JSON", Fault("malformed-json"), new(1, typeof(HubTransportException)), recovered, new(1));
        Row("truncated body", Fault("truncate"), Retried, recovered, new(1, typeof(HubTransportException), MessageContains: "broke off"));
        Row("wrong content type", Fault("content-type"), new(1, typeof(HubTransportException)), recovered, new(1, typeof(HubTransportException), MessageContains: "HTML"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_fault_on_each_operation_ends_as_expected(string fault, object rule, Operation operation, Expectation expected)
    {
        (string Path, string Method, string? JobId) prepared;
        var log = new List<HubLogEntry>();
        using var client = Quantum(configure: o =>
        {
            o.Logger = log.Add;
            o.Timeout = TimeSpan.FromSeconds(2);
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            // Long enough for the job that a 3 s latency delays past the 2 s timeout to appear.
            o.CreateRecoveryWait = TimeSpan.FromSeconds(2.5);
        });
        // The set-up has the usual timeout: only the operation under the fault has 2 s, so a busy machine cannot fail the set-up.
        using (var setup = Quantum())
        {
            prepared = await PrepareAsync(setup, operation);
        }
        var (path, method, existing) = prepared;
        await AddRuleAsync(rule, method, path);

        var folder = Directory.CreateTempSubdirectory("kqh-matrix-").FullName;
        Exception? error = null;
        string? createdId = null;
        try
        {
            createdId = await RunAsync(client, operation, existing, Path.Combine(folder, "result.json"));
        }
        catch (Exception e)
        {
            error = e;
        }

        try
        {
            Assert.True(expected.Error is null ? error is null : expected.Error.IsInstanceOfType(error), $"{fault} on {operation}: expected {expected}, got {error?.GetType().Name ?? "success"}: {error?.Message}");
            if (expected.MessageContains is not null) Assert.Contains(expected.MessageContains, error!.Message);
            Assert.Equal(expected.Attempts, await AttemptsAsync(method, path));
            if (operation == Operation.Download && error is not null) Assert.Empty(Directory.GetFiles(folder));
            if (operation == Operation.Download && error is null) Assert.Single(Directory.GetFiles(folder));
            if (operation == Operation.Create)
            {
                // A delayed request may still be processed after the client gave up: wait for the jobs expected to appear,
                // then a moment for one too many.
                var patience = System.Diagnostics.Stopwatch.StartNew();
                while ((await AllJobsAsync()).Count < expected.JobsAfterCreate && patience.Elapsed < TimeSpan.FromMinutes(1))
                    await Task.Delay(50);
                await Task.Delay(rule.ToString()!.Contains("latency") ? 1500 : 100);
                var jobs = await AllJobsAsync();
                Assert.Equal(expected.JobsAfterCreate, jobs.Count);
                if (createdId is not null) Assert.Equal(createdId, jobs.Single()["id"]!.GetValue<string>());
            }
            var everything = string.Join("\n", log.Select(l => l.ToString())) + error?.ToString() + error?.Message;
            Assert.DoesNotContain(EmulatorOptions.DevToken, everything);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    async Task<(string Path, string Method, string? JobId)> PrepareAsync(HubQuantumClient client, Operation operation)
    {
        if (operation == Operation.Create) return ("/quantum/jobs", "POST", null);
        var id = await FinishedJobAsync(client);
        await ClearRequestCountsAsync();
        return operation == Operation.Read ? ($"/quantum/jobs/{id}", "GET", id) : ($"/quantum/jobs/{id}/result-stream", "GET", id);
    }

    async Task AddRuleAsync(object rule, string method, string path)
    {
        var node = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(rule))!.AsObject();
        node["method"] = method;
        node["path"] = path;
        using var http = Http();
        (await http.PostAsJsonAsync("_emulator/faults", node)).EnsureSuccessStatusCode();
    }

    static async Task<string?> RunAsync(HubQuantumClient client, Operation operation, string? existing, string file)
    {
        switch (operation)
        {
            case Operation.Read:
                await client.Jobs.GetJobAsync(existing!);
                return null;
            case Operation.Create:
                return (await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 10))).Id;
            default:
                using (var response = await client.Jobs.GetJobResultStreamAsync(existing!))
                    await AtomicFileDownload.SaveAsync(response.Content, file, overwrite: false);
                return null;
        }
    }

    async Task<int> AttemptsAsync(string method, string path)
    {
        var stats = await RequestCountsAsync();
        var route = path.StartsWith("/quantum/jobs/") ? (path.EndsWith("/result-stream") ? "/quantum/jobs/{id}/result-stream" : "/quantum/jobs/{id}") : path;
        return stats.TryGetValue($"{method} {route}", out var count) ? count : 0;
    }
}
