using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.OpenApi;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core.OpenApi;

/// <summary>Operations read from OpenAPI documents and called by their ids, over real HTTP.</summary>
public sealed class OperationCallTests : EmulatorFixture
{
    // Written for this test: every parameter location, $ref to parameters, bodies and schemas, multipart, a file answer.
    const string Document31 = """
    {
      "openapi": "3.1.0", "info": { "title": "Test", "version": "1" },
      "paths": {
        "/things/{thingId}": {
          "parameters": [ { "$ref": "#/components/parameters/ThingId" } ],
          "get": { "operationId": "getThing", "summary": "A thing",
            "parameters": [ { "name": "tags", "in": "query", "schema": { "type": ["array", "null"], "items": { "type": "string" } } },
                            { "name": "X-Trace", "in": "header", "required": true, "schema": { "type": "string" } } ] },
          "put": { "operationId": "putThing", "requestBody": { "$ref": "#/components/requestBodies/Thing" } }
        },
        "/things/{thingId}/picture": {
          "parameters": [ { "$ref": "#/components/parameters/ThingId" } ],
          "post": { "operationId": "uploadPicture", "requestBody": { "required": true, "content": { "multipart/form-data": { "schema": { "$ref": "#/components/schemas/Upload" } } } } },
          "get": { "operationId": "downloadPicture", "responses": { "200": { "content": { "image/png": { } } } } }
        }
      },
      "components": {
        "parameters": { "ThingId": { "name": "thingId", "in": "path", "required": true, "schema": { "type": "string" } } },
        "requestBodies": { "Thing": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } },
        "schemas": { "Thing": { "type": "object" }, "Upload": { "type": "object", "properties": { "note": { "type": "string" }, "picture": { "type": "string", "format": "binary" } } } }
      }
    }
    """;

    // Written for this test: OpenAPI 3.0 spellings (nullable, type array), a $ref path item, an operation-level
    // parameter overriding the path item's, a cookie, a form body, and a binary answer.
    const string Document30 = """
    {
      "openapi": "3.0.3", "info": { "title": "Test 3.0", "version": "1" },
      "paths": {
        "/reports/{reportId}": { "$ref": "#/components/pathItems/Report" },
        "/login": { "post": { "operationId": "login", "requestBody": { "required": true, "content": { "application/x-www-form-urlencoded": { "schema": { "type": "object" } } } } } }
      },
      "components": {
        "pathItems": { "Report": {
          "parameters": [ { "name": "reportId", "in": "path", "required": true, "schema": { "type": "string" } },
                          { "name": "format", "in": "query", "required": true, "schema": { "type": "string" } } ],
          "get": { "operationId": "downloadReport",
            "parameters": [ { "name": "format", "in": "query", "required": false, "schema": { "type": "string", "nullable": true } },
                            { "name": "months", "in": "query", "schema": { "type": "array", "items": { "type": "integer" } } },
                            { "name": "session", "in": "cookie", "required": true, "schema": { "type": "string" } } ],
            "responses": { "200": { "content": { "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } } } } } } }
      }
    }
    """;

    [Fact]
    public async Task An_openapi_30_document_sends_cookies_forms_and_repeated_arrays_and_saves_a_binary_answer_whole()
    {
        var document = OpenApiDocument.Parse(Document30);
        var download = document.Find("downloadReport")!;
        Assert.True(download.AnswersWithFile);
        Assert.False(download.Parameters.Single(p => p.Name == "format").Required);
        Assert.True(download.Parameters.Single(p => p.Name == "months").IsArray);

        await using var server = await RecordingServer.StartAsync();
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i % 251)).ToArray();
        server.Enqueue(new Reply(Bytes: bytes), Reply.Ok("""{"ok":true}"""));
        using var transport = new HubTransport(TestClients.Options(server.BaseUrl), e => e.Quantum);
        var target = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.bin");
        try
        {
            await OperationCall.InvokeAsync(transport, download, new Dictionary<string, object?> { ["reportId"] = "r/1", ["months"] = new List<object?> { 1L, 2L }, ["session"] = "a b;c" }, null, null, target, default);
            Assert.Equal(bytes, File.ReadAllBytes(target));
        }
        finally
        {
            File.Delete(target);
        }
        var answer = await OperationCall.InvokeAsync(transport, document.Find("login")!, new Dictionary<string, object?>(), new Dictionary<string, object?> { ["user"] = "ada l", ["scope"] = new List<object?> { "a", "b" } }, null, null, default);
        Assert.Equal(true, ((IDictionary<string, object?>)answer!)["ok"]);

        Assert.Equal("/quantum/reports/r%2F1?months=1&months=2", server.Requests[0].RawTarget);
        Assert.Equal("session=a%20b%3Bc", server.Requests[0].Header("Cookie"));
        Assert.Equal("user=ada%20l&scope=a&scope=b", server.Requests[1].Body);
        Assert.StartsWith("application/x-www-form-urlencoded", server.Requests[1].Header("Content-Type"));
        var missing = Assert.Throws<ArgumentException>(() => OperationCall.Build(download, new Dictionary<string, object?> { ["reportId"] = "r" }, null, null));
        Assert.Contains("'session' (cookie)", missing.Message);
    }

    [Fact]
    public void A_swagger_20_document_is_refused_by_name_rather_than_read_wrong()
    {
        var refused = Assert.Throws<ArgumentException>(() => OpenApiDocument.Parse("""{ "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "a" } } } }"""));
        Assert.Contains("Swagger 2.0", refused.Message);
        Assert.Contains("OpenAPI 3.0 and 3.1", refused.Message);
    }

    [Fact]
    public void A_document_gives_its_operations_with_path_query_header_parameters_bodies_and_file_answers()
    {
        var document = OpenApiDocument.Parse(Document31);
        var get = document.Find("getThing")!;
        Assert.Equal(new[] { "thingId:path", "tags:query", "X-Trace:header" }, get.Parameters.Select(p => $"{p.Name}:{p.Location}"));
        Assert.True(get.Parameters[1].IsArray);
        Assert.True(document.Find("putThing")!.Body!.Required);
        Assert.Equal("picture", document.Find("uploadPicture")!.Body!.FileField);
        Assert.True(document.Find("downloadPicture")!.AnswersWithFile);
        Assert.Same(get, document.Find("GETTHING"));
    }

    [Fact]
    public async Task A_call_escapes_path_values_repeats_arrays_and_sends_headers_bodies_and_files()
    {
        await using var server = await RecordingServer.StartAsync();
        using var transport = new HubTransport(TestClients.Options(server.BaseUrl), e => e.Quantum);
        var document = OpenApiDocument.Parse(Document31);
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "png!");
        try
        {
            await OperationCall.InvokeAsync(transport, document.Find("getThing")!, new Dictionary<string, object?> { ["thingid"] = "../a b", ["tags"] = new List<object?> { "x", "y" }, ["x-trace"] = "t1" }, null, null, null, default);
            await OperationCall.InvokeAsync(transport, document.Find("putThing")!, new Dictionary<string, object?> { ["thingId"] = "t" }, new Dictionary<string, object?> { ["n"] = 1L }, null, null, default);
            await OperationCall.InvokeAsync(transport, document.Find("uploadPicture")!, new Dictionary<string, object?> { ["thingId"] = "t" }, null, file, null, default);
        }
        finally
        {
            File.Delete(file);
        }
        var (get, put, upload) = (server.Requests[0], server.Requests[1], server.Requests[2]);
        Assert.Equal("/quantum/things/..%2Fa%20b?tags=x&tags=y", get.RawTarget);
        Assert.Equal("t1", get.Header("X-Trace"));
        Assert.Equal("""{"n":1}""", put.Body);
        Assert.Contains("multipart/form-data", upload.Header("Content-Type"));
        Assert.Matches("name=\"?picture\"?", upload.Body);
        Assert.Contains("png!", upload.Body);
    }

    [Fact]
    public async Task A_multipart_forms_other_fields_go_beside_the_file_from_the_body_or_the_parameters()
    {
        await using var server = await RecordingServer.StartAsync();
        using var client = TestClients.Quantum(server.BaseUrl);
        var upload = OpenApiDocument.Parse(Document31).Find("uploadPicture")!;
        Assert.Equal(new[] { "note" }, upload.Body!.FormFields);
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "png!");
        try
        {
            await OperationCall.InvokeAsync(client.Transport, upload, new Dictionary<string, object?> { ["thingId"] = "t" }, new Dictionary<string, object?> { ["note"] = "from the body" }, file, null, default);
            await OperationCall.InvokeAsync(client.Transport, upload, new Dictionary<string, object?> { ["thingId"] = "t", ["NOTE"] = 42L }, null, file, null, default);
            await OperationCall.InvokeAsync(client.Transport, upload, new Dictionary<string, object?> { ["thingId"] = "t" }, """{"note":"from JSON text"}""", file, null, default);
        }
        finally
        {
            File.Delete(file);
        }
        Assert.All(server.Requests, r => Assert.Contains("png!", r.Body));
        Assert.Matches("name=\"?note\"?\r\n(.*\r\n)*\r\nfrom the body\r\n", server.Requests[0].Body);
        Assert.Matches("name=\"?note\"?\r\n(.*\r\n)*\r\n42\r\n", server.Requests[1].Body);
        Assert.Matches("name=\"?note\"?\r\n(.*\r\n)*\r\nfrom JSON text\r\n", server.Requests[2].Body);

        var misspelt = Assert.Throws<ArgumentException>(() => OperationCall.Build(upload, new Dictionary<string, object?> { ["thingId"] = "t" }, new Dictionary<string, object?> { ["notes"] = "x" }, file));
        Assert.Contains("Did you mean the field 'note'?", misspelt.Message);
        var twice = Assert.Throws<ArgumentException>(() => OperationCall.Build(upload, new Dictionary<string, object?> { ["thingId"] = "t", ["note"] = "a" }, new Dictionary<string, object?> { ["note"] = "b" }, file));
        Assert.Contains("given twice", twice.Message);
        var notAForm = Assert.Throws<ArgumentException>(() => OperationCall.Build(upload, new Dictionary<string, object?> { ["thingId"] = "t" }, "[1, 2]", file));
        Assert.Contains("takes a multipart form: pass its fields (note)", notAForm.Message);
    }

    [Fact]
    public void Unknown_names_and_missing_parameters_are_errors_before_any_request_with_a_suggestion()
    {
        var get = OpenApiDocument.Parse(Document31).Find("getThing")!;
        var unknown = Assert.Throws<ArgumentException>(() => OperationCall.Build(get, new Dictionary<string, object?> { ["thingId"] = "t", ["X-Trace"] = "t", ["tag"] = "x" }, null, null));
        Assert.Contains("Did you mean the parameter 'tags'?", unknown.Message);
        var missing = Assert.Throws<ArgumentException>(() => OperationCall.Build(get, new Dictionary<string, object?> { ["thingId"] = "t" }, null, null));
        Assert.Contains("X-Trace", missing.Message);
    }

    [Fact]
    public async Task The_emulators_documents_list_what_it_maps_and_an_operation_is_called_by_id()
    {
        using var client = Quantum();
        var catalog = new OpenApiCatalog(() => client.Transport);
        var document = await catalog.GetAsync();
        Assert.Contains(document.Operations, o => o.OperationId == "getBackends" && o.Parameters.Any(p => p.Name == "provider" && p.Location == "query"));
        Assert.NotNull(document.Find("createJob")!.Body);
        Assert.Equal(new[] { "page", "size", "sort" }, document.Find("searchJobs")!.Parameters.Select(p => p.Name));
        var backend = await OperationCall.InvokeAsync(catalog.Transport, await catalog.FindAsync("getBackend"), new Dictionary<string, object?> { ["id"] = "aws.sim.sv1" }, null, null, null, default);
        Assert.Equal("aws.sim.sv1", ((IDictionary<string, object?>)backend!)["id"]);
        var typo = await Assert.ThrowsAsync<UnknownOperationException>(() => catalog.FindAsync("getBakend"));
        Assert.Contains("Did you mean the operation 'getBackend'?", typo.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => OperationCall.InvokeAsync(catalog.Transport, document.Find("getJob")!, new Dictionary<string, object?> { ["id"] = "nope" }, null, null, null, default));
    }
}
