using KipuHub.Client.Core.Json;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Tests.Unit.Client.Quantum;

/// <summary>Realistic Hub payloads in both casings, with unknown enum values and nulls.</summary>
public sealed class ModelDeserializationTests
{
    const string SnakeJob = """
        {"id":"6f1c","name":"bell","backend_id":"aws.sim.sv1","provider":"AWS","provider_job_id":"arn:aws:braket:1",
         "session_id":"s-9","status":"COMPLETED","shots":100,"input_format":"OPEN_QASM_V3","input_params":{"qubit_count":2},
         "tags":["demo"],"created_at":"2026-04-17T12:00:00Z","started_at":"2026-04-17T12:00:01.250+00:00",
         "ended_at":"2026-04-17 12:00:03","runtime":1750,"sdk_provider":"BRAKET","extra_future_field":{"x":1}}
        """;

    const string CamelJob = """
        {"id":"6f1c","name":"bell","backendId":"aws.sim.sv1","provider":"AWS","providerJobId":"arn:aws:braket:1",
         "sessionId":"s-9","status":"COMPLETED","shots":100,"inputFormat":"OPEN_QASM_V3","inputParams":{"qubit_count":2},
         "tags":["demo"],"createdAt":"2026-04-17T12:00:00Z","startedAt":"2026-04-17T12:00:01.250+00:00",
         "endedAt":"2026-04-17 12:00:03","runtime":1750,"sdkProvider":"BRAKET"}
        """;

    [Theory]
    [InlineData(SnakeJob)]
    [InlineData(CamelJob)]
    public void Job_reads_both_casings_of_every_field(string json)
    {
        var job = HubJson.Deserialize<Job>(json);
        Assert.Equal("aws.sim.sv1", job.BackendId);
        Assert.Equal(Provider.Aws, job.Provider);
        Assert.Equal("arn:aws:braket:1", job.ProviderJobId);
        Assert.Equal("s-9", job.SessionId);
        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.True(JobStatus.From(job.Status)!.IsTerminal);
        Assert.Equal(JobInputFormat.OpenQasmV3, job.InputFormat);
        Assert.Equal(2L, ((IDictionary<string, object?>)job.InputParams!)["qubit_count"]);
        Assert.Equal(new DateTimeOffset(2026, 4, 17, 12, 0, 0, TimeSpan.Zero), job.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 17, 12, 0, 1, 250, TimeSpan.Zero), job.StartedAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 17, 12, 0, 3, TimeSpan.Zero), job.EndedAt);
        Assert.Equal(1750, job.Runtime);
        Assert.Equal(JobSdkProvider.Braket, job.SdkProvider);
    }

    [Fact]
    public void Unknown_enum_values_keep_their_raw_string()
    {
        var job = HubJson.Deserialize<Job>("""{"id":"1","status":"QUEUED_ON_PROVIDER","provider":"NEWCLOUD","input_format":"FUTURE_FMT"}""");
        Assert.Equal("QUEUED_ON_PROVIDER", job.Status);
        Assert.False(JobStatus.From(job.Status)!.IsKnown);
        Assert.False(JobStatus.From(job.Status)!.IsTerminal);
        Assert.Equal("NEWCLOUD", job.Provider);
        Assert.Equal("FUTURE_FMT", job.InputFormat);
    }

    [Fact]
    public void Enum_values_compare_without_case_and_against_strings()
    {
        var job = HubJson.Deserialize<Job>("""{"status":"completed"}""");
        Assert.True(job.Status == JobStatus.Completed);
        Assert.True(JobStatus.Completed == job.Status);
        Assert.False(job.Status == JobStatus.Failed);
        Assert.Same(JobStatus.Completed, JobStatus.From(job.Status));
    }

    [Fact]
    public void Nulls_and_missing_fields_stay_null_and_unparseable_dates_do_not_fail()
    {
        var job = HubJson.Deserialize<Job>("""{"id":null,"status":null,"tags":null,"created_at":"not a date","error_data":"{\"reason\":\"x\"}"}""");
        Assert.Null(job.Id);
        Assert.Null(job.Status);
        Assert.Null(job.Tags);
        Assert.Null(job.CreatedAt);
        Assert.Null(job.BackendId);
        Assert.Equal("{\"reason\":\"x\"}", job.ErrorData);
    }

    [Fact]
    public void Backend_reads_the_full_catalog_record()
    {
        var backend = HubJson.Deserialize<Backend>("""
            {"id":"aws.ionq.aria","internal_id":"i-1","provider":"AWS","hardware_provider":"IONQ","name":"aria","display_name":"IonQ Aria",
             "type":"QPU","technology":"TRAPPED_ION","status":"ONLINE","queue_size":12,"avg_queue_time":300,"updated_at":"2026-04-17",
             "access_type":"PAY_PER_USE","has_calibration":true,"free_of_charge":false,
             "documentation":{"description":"d","url":"u","status_url":"s","location":"us-east-1","sdks":["QISKIT","BRAKET_NEW"]},
             "configuration":{"gates":[{"name":"cnot","native_gate":false}],"qubit_count":25,"shots_range":{"min":1,"max":10000},
               "supported_input_formats":["IONQ_CIRCUIT_V1"],"output_format":"IONQ_RESULT_V1","memory_result_supported":false,
               "connectivity":{"fully_connected":true,"graph":{"0":["1"]}},"qubits":[{"id":"0"}],"instructions":["h"],"operations":["h"],
               "photonic_properties":{"max_modes":12,"min_modes":1,"max_photons":6,"min_photons":1}},
             "availability":[{"granularity":"daily","start":"08:00","end":"20:00"}],
             "costs":[{"granularity":"1-Qubit Gate Shot","currency":"USD","value":0.0003},{"granularity":"task","currency":"USD","value":0.3}]}
            """);
        Assert.Equal(HardwareProvider.IonQ, backend.HardwareProvider);
        Assert.Equal(BackendType.Qpu, backend.Type);
        Assert.Equal(BackendTechnology.TrappedIon, backend.Technology);
        Assert.Equal(BackendStatus.Online, backend.Status);
        Assert.Equal(12, backend.QueueSize);
        Assert.Equal(25, backend.Configuration!.QubitCount);
        Assert.Equal(10000, backend.Configuration.ShotsRange!.Max);
        Assert.Equal(JobInputFormat.IonqCircuitV1, Assert.Single(backend.Configuration.SupportedInputFormats!));
        Assert.Equal(CostGranularity.OneQubitGateShot, backend.Costs![0].Granularity);
        Assert.Equal("task", backend.Costs[1].Granularity);
        Assert.Equal("BRAKET_NEW", backend.Documentation!.Sdks![1].Value);
        Assert.Equal(12, backend.Configuration.PhotonicProperties!.MaxModes);
        Assert.Equal("08:00", backend.Availability![0].Start);

        // What a list view (Format-List) of the backend shows for its nested objects.
        Assert.Equal("25 qubits; gates cnot", backend.Configuration.ToString());
        Assert.Equal("d", backend.Documentation.ToString());
        Assert.Equal("0.0003 USD per 1-Qubit Gate Shot", backend.Costs[0].ToString());
        Assert.Equal("daily 08:00-20:00", backend.Availability[0].ToString());
        Assert.Equal("1-10000", backend.Configuration.ShotsRange.ToString());
        Assert.Equal("fully connected", backend.Configuration.Connectivity!.ToString());
    }

    [Fact]
    public void Session_and_page_wrappers_read_both_casings()
    {
        var session = HubJson.Deserialize<Session>("""{"id":"s","backendId":"b","status":"DRAINING","mode":"batch","usageTimeMillis":5,"final":false,"finalNotAborted":false,"expires_at":"2026-01-01T00:00:00Z"}""");
        Assert.Equal(SessionStatus.Draining, session.Status);
        Assert.False(SessionStatus.From(session.Status)!.AcceptsJobs);
        Assert.Equal(SessionMode.Batch, session.Mode);
        Assert.Equal(5, session.UsageTimeMillis);
        Assert.NotNull(session.ExpiresAt);

        var page = HubJson.Deserialize<PageResponse<Workload>>("""{"content":[{"id":"w","type":"SESSION","status":"OPEN"}],"page":0,"size":1,"totalElements":7,"totalPages":7}""");
        Assert.Equal(7, page.TotalElements);
        Assert.Equal(7, page.TotalPages);
        Assert.Equal(WorkloadType.Session, page.Items[0].Type);
    }

    [Fact]
    public void Calibration_payload_becomes_plain_dictionaries_and_lists()
    {
        var calibration = HubJson.Deserialize<CalibrationResponse>("""{"backendId":"ibm.kyiv","calibratedAt":"2026-04-17T12:34:56Z","calibration":{"t1":[100.5,98],"ok":true,"name":"x"}}""");
        var map = Assert.IsType<JsonMap>(calibration.Calibration);
        var t1 = Assert.IsType<JsonList>(map["t1"]);
        Assert.Equal(100.5, t1[0]);
        Assert.Equal(98L, t1[1]);
        Assert.Equal(true, map["ok"]);
        Assert.Equal("ibm.kyiv", calibration.BackendId);
        Assert.Equal("""{"t1":[100.5,98],"ok":true,"name":"x"}""", map.ToString());
        Assert.Equal("[100.5,98]", t1.ToString());
    }

    [Fact]
    public void Lists_of_text_show_as_their_items_joined()
    {
        var job = HubJson.Deserialize<Job>("""{"id":"j","tags":["nightly","team-a"]}""");
        Assert.Equal("nightly, team-a", job.Tags!.ToString());
        Assert.Equal("""["nightly","team-a"]""", HubJson.Serialize(job.Tags));
    }

    [Fact]
    public void Writing_uses_the_snake_case_name_only()
    {
        var json = HubJson.Serialize(new CreateSessionRequest { BackendId = "b", Provider = Provider.Ibm, Ttl = 60 });
        Assert.Equal("""{"backend_id":"b","provider":"IBM","mode":"batch","ttl":60}""", json);
    }
}

public sealed class TimestampTests
{
    [Theory]
    [InlineData("2026-04-17T12:00:00Z")]
    [InlineData("2026-04-17T14:00:00+02:00")]
    [InlineData("2026-04-17T12:00:00")]
    [InlineData("2026-04-17 12:00:00")]
    [InlineData("2026-04-17T07:00:00-05:00")]
    public void Timestamps_without_an_offset_are_utc_and_offsets_are_kept(string text)
    {
        var job = KipuHub.Client.Core.Json.HubJson.Deserialize<KipuHub.Client.Quantum.Models.Job>($$"""{"created_at":"{{text}}"}""");
        Assert.Equal(new DateTimeOffset(2026, 4, 17, 12, 0, 0, TimeSpan.Zero), job.CreatedAt!.Value.ToUniversalTime());
    }
}
