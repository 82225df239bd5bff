using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Quantum;

/// <summary>Jobs on the emulator, driven through the client library over loopback HTTP.</summary>
public sealed class JobLifecycleTests : EmulatorFixture
{
    // Long enough that every state is seen, and a cancel lands first, on a busy two-core machine.
    protected override void Configure(KipuHub.Emulator.EmulatorOptions options)
    {
        options.JobPendingDuration = TimeSpan.FromMilliseconds(400);
        options.JobRunningDuration = TimeSpan.FromMilliseconds(800);
    }

    static JobWaitOptions Fast => new() { PollInterval = TimeSpan.FromMilliseconds(30), MaxPollInterval = TimeSpan.FromMilliseconds(60), Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task A_bell_job_goes_pending_running_completed_and_yields_only_00_and_11()
    {
        using var client = Quantum();
        var job = await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 2000, name: "bell"));
        Assert.True(job.Status == JobStatus.Pending);
        Assert.Equal("AWS", job.Provider);
        await Assert.ThrowsAsync<NotFoundException>(() => client.Jobs.GetJobResultAsync(job.Id!));

        var seen = new HashSet<string>();
        while (true)
        {
            var status = JobStatus.From((await client.Jobs.GetJobStatusAsync(job.Id!)).Status)!;
            seen.Add(status.Value);
            if (status.IsTerminal) break;
            await Task.Delay(20);
        }
        Assert.Contains("RUNNING", seen);
        Assert.Contains("COMPLETED", seen);

        var done = await client.Jobs.GetJobAsync(job.Id!);
        Assert.NotNull(done.StartedAt);
        Assert.NotNull(done.EndedAt);
        Assert.True(done.Runtime > 0);
        var result = (Dictionary<string, object?>)(await client.Jobs.GetJobResultAsync(job.Id!)).Value!;
        var counts = (Dictionary<string, object?>)result["counts"]!;
        Assert.Equal(new[] { "00", "11" }, counts.Keys.OrderBy(k => k));
        Assert.Equal(2000L, counts.Values.Sum(v => (long)v!));
        Assert.InRange((long)counts["00"]!, 850, 1150);
    }

    [Fact]
    public async Task A_ghz_job_waited_for_gives_only_all_zeros_and_all_ones()
    {
        using var client = Quantum();
        var job = await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Ghz(4), shots: 300));
        var done = Assert.Single(await new JobWaiter(client.Jobs, new[] { job.Id! }, Fast).WaitAsync());
        Assert.Equal(JobStatus.Completed, done.Status);
        var counts = (Dictionary<string, object?>)((Dictionary<string, object?>)(await client.Jobs.GetJobResultAsync(job.Id!)).Value!)["counts"]!;
        Assert.Equal(new[] { "0000", "1111" }, counts.Keys.OrderBy(k => k));
    }

    [Fact]
    public async Task Result_stream_and_input_and_calibration_are_kept()
    {
        using var client = Quantum();
        var job = await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), backend: "aws.ionq.aria", shots: 50));
        await new JobWaiter(client.Jobs, new[] { job.Id! }, Fast).WaitAsync();
        using (var stream = await client.Jobs.GetJobResultStreamAsync(job.Id!))
        using (var reader = new StreamReader(stream.Content))
            Assert.Equal((await client.Jobs.GetJobResultAsync(job.Id!)).Text, await reader.ReadToEndAsync());
        var input = (Dictionary<string, object?>)(await client.Jobs.GetJobInputAsync(job.Id!)).Value!;
        Assert.Equal("qis", input["gateset"]);
        Assert.Equal(2L, input["qubits"]);
        var calibration = await client.Jobs.GetJobCalibrationAsync(job.Id!);
        Assert.Equal("aws.ionq.aria", calibration!.BackendId);
        Assert.NotNull(calibration.Calibration);
    }

    [Fact]
    public async Task Cancel_goes_through_cancelling_to_cancelled_and_a_finished_job_cannot_be_cancelled()
    {
        using var client = Quantum();
        using var control = Http();
        var job = await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell()));
        // Held, the job stays CANCELLING however slow this machine is; released, it goes on to CANCELLED.
        (await control.PostAsync($"_emulator/jobs/{job.Id}/hold", null)).EnsureSuccessStatusCode();
        await client.Jobs.CancelJobAsync(job.Id!);
        await Task.Delay(Host.Options.CancelDuration * 2);
        Assert.True(JobStatus.Cancelling == (await client.Jobs.GetJobStatusAsync(job.Id!)).Status);
        await client.Jobs.CancelJobAsync(job.Id!);
        Assert.True(JobStatus.Cancelling == (await client.Jobs.GetJobStatusAsync(job.Id!)).Status);
        (await control.PostAsync($"_emulator/jobs/{job.Id}/release", null)).EnsureSuccessStatusCode();
        var done = Assert.Single(await new JobWaiter(client.Jobs, new[] { job.Id! }, Fast).WaitAsync());
        Assert.True(JobStatus.Cancelled == done.Status);
        await Assert.ThrowsAsync<NotFoundException>(() => client.Jobs.GetJobResultAsync(job.Id!));

        var other = await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 10));
        await new JobWaiter(client.Jobs, new[] { other.Id! }, Fast).WaitAsync();
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => client.Jobs.CancelJobAsync(other.Id!));
        Assert.Contains("already COMPLETED", conflict.Message);
    }

    [Fact]
    public async Task Invalid_input_makes_the_job_fail_with_a_reason()
    {
        using var client = Quantum();
        var input = new AzureIonqJobInput { Qubits = 2, Circuit = { new IonqGate { Type = "h", Targets = { 3 } } } };
        var job = await client.Jobs.CreateJobAsync(Circuits.Job(input));
        var done = Assert.Single(await new JobWaiter(client.Jobs, new[] { job.Id! }, Fast).WaitAsync());
        Assert.Equal(JobStatus.Failed, done.Status);
        Assert.Contains("uses qubit 3, beyond the circuit's 2 qubits", ((Dictionary<string, object?>)done.ErrorData!)["reason"]!.ToString());
    }

    [Theory]
    [InlineData("aws.sim.sv1", "OPENQASM 3.0;\nqubit[3] q;\nbit[3] c;\nh q[0];\ncx q[0], q[1];\ncx q[1], q[2];\nc = measure q;", "value")]
    [InlineData("ibm.kyiv", "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[3];\ncreg c[3];\nh q[0];\ncx q[0],q[1];\ncx q[1],q[2];\n" +
        "measure q -> c;", "qasm")]
    public async Task An_OpenQASM_ghz_program_is_simulated_to_only_000_and_111(string backend, string program, string field)
    {
        using var client = Quantum();
        var input = JobInput.FromJson(new System.Text.Json.Nodes.JsonObject { [field] = program }.ToJsonString());
        var job = await client.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = backend, Shots = 1000, Input = input });
        Assert.Equal(JobStatus.Completed, Assert.Single(await new JobWaiter(client.Jobs, new[] { job.Id! }, Fast).WaitAsync()).Status);
        var result = (Dictionary<string, object?>)(await client.Jobs.GetJobResultAsync(job.Id!)).Value!;
        Assert.Equal("statevector", result["simulation"]);
        Assert.Equal(new[] { "000", "111" }, ((Dictionary<string, object?>)result["counts"]!).Keys.OrderBy(k => k));
    }

    [Fact]
    public async Task An_IQM_bell_circuit_of_prx_and_cz_is_simulated_to_only_00_and_11()
    {
        using var client = Quantum();
        static string Ry(int qubit, string phase) => $$$"""{"name":"prx","qubits":["QB{{{qubit}}}"],"args":{"angle_t":0.25,"phase_t":{{{phase}}}}}""";
        var instructions = string.Join(",", Ry(1, "0.25"), Ry(2, "0.25"),
            """{"name":"cz","qubits":["QB1","QB2"],"args":{}}""", Ry(2, "0.75"),
            """{"name":"measure","qubits":["QB1","QB2"],"args":{"key":"m"}}""");
        var input = JobInput.FromJson($$"""{"circuits":[{"name":"bell","instructions":[{{instructions}}]}]}""");
        var job = await client.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = "iqm.emerald", Shots = 1000, Input = input });
        Assert.Equal(JobStatus.Completed, Assert.Single(await new JobWaiter(client.Jobs, new[] { job.Id! }, Fast).WaitAsync()).Status);
        var result = (Dictionary<string, object?>)(await client.Jobs.GetJobResultAsync(job.Id!)).Value!;
        Assert.Equal(("statevector", "qubit 0 leftmost (QB1, QB2)"), (result["simulation"], result["bit_order"]));
        Assert.Equal(new[] { "00", "11" }, ((Dictionary<string, object?>)result["counts"]!).Keys.OrderBy(k => k));
    }

    [Fact]
    public async Task An_OpenQASM_program_it_cannot_parse_fails_the_job_with_the_line_and_token()
    {
        using var client = Quantum();
        var job = await client.Jobs.CreateJobAsync(Circuits.Job(new AwsQasm3JobInput("OPENQASM 3.0;\nqubit[2] q;\nhadamard q[0];")));
        var done = Assert.Single(await new JobWaiter(client.Jobs, new[] { job.Id! }, Fast).WaitAsync());
        Assert.Equal(JobStatus.Failed, done.Status);
        Assert.Contains("line 3: unknown gate 'hadamard'", ((Dictionary<string, object?>)done.ErrorData!)["reason"]!.ToString());
    }

    [Fact]
    public async Task Formats_it_cannot_simulate_get_a_deterministic_result_of_the_right_shape_named_synthetic()
    {
        using var client = Quantum();
        var input = JobInput.FromJson("{\"qpy\":\"UVBZAAk=\"}");
        var job = await client.Jobs.CreateJobAsync(new CreateJobRequest
        {
            BackendId = "ibm.kyiv",
            Shots = 100,
            Input = input,
            InputParams = new Dictionary<string, object?> { ["qubit_count"] = 3 },
        });
        await new JobWaiter(client.Jobs, new[] { job.Id! }, Fast).WaitAsync();
        var result = (Dictionary<string, object?>)(await client.Jobs.GetJobResultAsync(job.Id!)).Value!;
        Assert.Equal("synthetic", result["simulation"]);
        Assert.Equal(3L, result["qubits"]);
        var counts = (Dictionary<string, object?>)result["counts"]!;
        Assert.All(counts.Keys, k => Assert.Equal(3, k.Length));
        Assert.Equal(100L, counts.Values.Sum(v => (long)v!));
        Assert.Equal((await client.Jobs.GetJobResultAsync(job.Id!)).Text, (await client.Jobs.GetJobResultAsync(job.Id!)).Text);
    }

    [Theory]
    [InlineData("no.such.backend", 10, typeof(NotFoundException), "not found")]
    [InlineData("aws.rigetti.ankaa", 10, typeof(BadRequestException), "OFFLINE")]
    [InlineData("ibm.osaka", 10, typeof(BadRequestException), "RETIRED")]
    [InlineData("aws.ionq.aria", 20000, typeof(BadRequestException), "shots must be between")]
    public async Task Jobs_the_hub_would_refuse_are_refused_with_the_right_status(string backend, int shots, Type error, string message)
    {
        using var client = Quantum();
        var thrown = await Assert.ThrowsAnyAsync<HubApiException>(() => client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots, backend)));
        Assert.IsType(error, thrown);
        Assert.Contains(message, thrown.Message);
    }

    [Fact]
    public async Task Search_pages_and_sorts_like_spring()
    {
        using var client = Quantum(organization: "org-paging");
        foreach (var name in new[] { "c", "a", "e", "b", "d" })
            await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 1, name: name));
        var first = await client.Jobs.SearchJobsAsync(page: 0, size: 2, sort: new[] { "name,asc" });
        Assert.Equal(new[] { "a", "b" }, first.Items.Select(j => j.Name));
        Assert.Equal(5, first.TotalElements);
        Assert.Equal(3, first.TotalPages);
        var last = await client.Jobs.SearchJobsAsync(page: 2, size: 2, sort: new[] { "name,asc" });
        Assert.Equal(new[] { "e" }, last.Items.Select(j => j.Name));
        var newest = await client.Jobs.SearchJobsAsync(size: 1);
        Assert.Equal("d", Assert.Single(newest.Items).Name);

        var names = new List<string>();
        var pager = client.Jobs.ListJobs(pageSize: 2, sort: new[] { "name,desc" });
        while (await pager.MoveNextAsync()) names.Add(pager.Current.Name!);
        Assert.Equal(new[] { "e", "d", "c", "b", "a" }, names);
        Assert.Equal(3, pager.PagesFetched);

        var bad = await Assert.ThrowsAsync<BadRequestException>(() => client.Jobs.SearchJobsAsync(sort: new[] { "colour,asc" }));
        Assert.Contains("Cannot sort by", bad.Message);
    }
}
