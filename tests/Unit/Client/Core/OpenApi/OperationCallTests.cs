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
        var typo = await Assert.ThrowsAsync<ArgumentException>(() => catalog.FindAsync("getBakend"));
        Assert.Contains("Did you mean the operation 'getBackend'?", typo.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => OperationCall.InvokeAsync(catalog.Transport, document.Find("getJob")!, new Dictionary<string, object?> { ["id"] = "nope" }, null, null, null, default));
    }
}
