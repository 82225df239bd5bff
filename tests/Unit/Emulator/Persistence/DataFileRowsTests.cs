using System.Text.Json.Nodes;
using KipuHub.Emulator;
using KipuHub.Emulator.Persistence;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Persistence;

/// <summary>
/// The data file's rows are its format: a collection's name and a row as an earlier version wrote it must still be read, or a
/// user's file loses budgets, organizations and jobs on an upgrade without a word.
/// </summary>
public sealed class DataFileRowsTests : EmulatorFixture, IDisposable
{
    const string OldJob = "job-written-before-created-by";
    readonly string folder = Directory.CreateTempSubdirectory("kqh-rows-").FullName;

    string DataFile => Path.Combine(folder, "state.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    protected override void Configure(EmulatorOptions options)
    {
        options.DataFile = DataFile;
        var ended = new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);
        // A personal job as versions before createdBy wrote it: its owner alone says whose it is.
        var job = new JsonObject
        {
            ["Id"] = OldJob,
            ["Owner"] = "user:" + EmulatorOptions.DevUserId,
            ["BackendId"] = "aws.ionq.aria",
            ["Provider"] = "AWS",
            ["Shots"] = 10,
            ["InputJson"] = """{"qubits":2,"circuit":[{"gate":"h","target":0},{"gate":"cnot","control":0,"target":1}]}""",
            ["Seed"] = 1,
            ["CreatedAt"] = ended.AddSeconds(-2),
            ["StartsAt"] = ended.AddSeconds(-1),
            ["EndsAt"] = ended,
        };
        using var rows = new SqliteRowStore(DataFile);
        rows.Write(new[] { new RowWrite("jobs", OldJob, job.ToJsonString()) });
    }

    IEnumerable<string> Keys(string collection)
    {
        using var rows = new SqliteRowStore(DataFile);
        return rows.Load(collection).Select(r => r.Key).ToList();
    }

    [Fact]
    public async Task A_budget_is_a_row_of_budgets_keyed_by_its_context()
    {
        using var http = Http();
        var (status, _) = await RawJson.SendAsync(http, HttpMethod.Put, "qc-catalog/billing/budget", new { alertThresholdPercent = 50 },
            Organization("org-rows"));
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal(new[] { "org:org-rows" }, Keys("budgets"));
    }

    [Fact]
    public void An_organization_is_a_row_of_organizations_keyed_by_its_id()
    {
        var id = Organization("org-rows");
        Assert.Contains(id, Keys("organizations"));
    }

    [Fact]
    public async Task A_personal_job_written_before_jobs_kept_their_creator_counts_in_the_users_workload_costs()
    {
        // A kept job without a result runs when the emulator starts; it is charged once it has.
        using (var quantum = Quantum()) await WaitForAsync(quantum, OldJob);
        using var http = Http();
        var rows = (await RawJson.GetAsync(http, "qc-catalog/quantum-workloads/costs?from=2026-01-01&to=2026-02-01")).AsArray();
        var row = Assert.Single(rows)!;
        Assert.Equal((null, "aws.ionq.aria", 1, 0.60m), (row["organizationId"]?.GetValue<string>(), row["backendId"]!.GetValue<string>(),
            row["jobCount"]!.GetValue<int>(), row["amountMajor"]!["value"]!.GetValue<decimal>()));
    }
}
