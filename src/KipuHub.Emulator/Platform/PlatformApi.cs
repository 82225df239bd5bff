using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// The Platform API under /qc-catalog, all of it scoped by context (an organization's things are invisible elsewhere),
/// camelCase as the Hub's TypeScript names. Here: the principal behind a token (authorize), data pools with their
/// files, and applications whose credentials the gateway accepts. Composed from classes of their own:
/// <see cref="Marketplace"/>, <see cref="Subscriptions"/> (and whom the gateway admits), <see cref="CatalogServices"/>
/// (services, versions, shares), <see cref="ManagedServices"/> and <see cref="ServiceDefinitions"/> (managed, workflow and
/// external services, API definitions),
/// <see cref="CatalogExecutions"/> (executions and service jobs), <see cref="DataPoolAccess"/> (grants and shares of data
/// pools), <see cref="Organizations"/> (members, provider tokens), <see cref="Users"/> (the account, invitations),
/// <see cref="Billing"/> (billing, workload costs, eligibility), <see cref="Notifications"/> and
/// <see cref="CatalogContent"/> (algorithms, implementations, use cases, git integrations).
/// </summary>
public sealed class PlatformApi(EmulatorOptions options, TimeProvider clock, StateLog state, BlobFolder blobs, Gateway.GatewayApi gateway,
    User.UserDirectory users, Quantum.QuantumStore quantum, Quantum.BackendCatalog backends, Organizations organizations)
{
    const string Api = "qc-catalog";
    readonly DataPoolStore store = new(state, blobs);
    readonly ApplicationStore applications = new(state);
    readonly CatalogServices services = new(options, clock, state);

    public void Map(WebApplication app, OpenApiRegistry registry)
    {
        var group = app.MapGroup("/qc-catalog");
        // The gateway takes the credentials of the applications kept from before a restart.
        foreach (var application in applications.All) options.GatewayCredentials[application.ConsumerKey] = application.ConsumerSecret;
        gateway.ServiceExists = key => services.ServiceIdOfKey(key) is not null;
        var marketplace = new Marketplace(services);
        var subscriptions = new Subscriptions(options, state, applications, marketplace, services, gateway);
        gateway.Admits = subscriptions.Admits;
        registry.MapDocs(group, Api, "Platform API (KipuHub emulator)");
        registry.Map(group, Api, "POST", "/authorize", "authorize", "The principal authenticated by the token", (HttpContext c) =>
        {
            var caller = Caller.Of(c);
            return Json(new
            {
                type = "PERSONAL_ACCESS_TOKEN",
                userId = caller.User.Id,
                email = caller.User.Email,
                organizationId = caller.OrganizationId
            });
        }, bodyType: "");

        registry.Map(group, Api, "GET", "/datapools", "getDataPools", "The data pools of the context", (HttpContext c) =>
            Json(store.VisibleTo(Caller.Of(c).Owner).Select(p => Wire(c, p)).ToList()));
        registry.Map(group, Api, "GET", "/datapools/{id}", "getDataPool", "A data pool", (HttpContext c, string id) =>
            WithPool(c, id, pool => Json(Wire(c, pool))));
        registry.Map(group, Api, "POST", "/datapools", "createDataPool", "Create a data pool (409 when the name is taken)",
            async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            var caller = Caller.Of(c);
            if (JsonBody.String(body, "name") is not { Length: > 0 } name) return ApiError.Unprocessable(c, "A data pool needs a name.");
            if (store.NameTaken(caller.Owner, name)) return ApiError.Conflict(c, $"A data pool named '{name}' exists in this context.");
            return Json(Wire(c, store.Add(caller.Owner, name, caller.User.Id, clock.GetUtcNow())), 201);
        });
        registry.Map(group, Api, "PUT", "/datapools/{id}", "updateDataPool", "Change a data pool's name and descriptions",
            async (HttpContext c, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return WithPool(c, id, "MAINTAINER", pool =>
            {
                if (JsonBody.String(body, "name") is { Length: > 0 } name)
                {
                    if (store.NameTaken(pool.Owner, name, except: pool.Id)) return ApiError.Conflict(c,
                        $"A data pool named '{name}' exists in this context.");
                    pool.Name = name;
                }
                pool.ShortDescription = JsonBody.String(body, "shortDescription") ?? pool.ShortDescription;
                pool.Description = JsonBody.String(body, "description") ?? pool.Description;
                pool.ModifiedAt = clock.GetUtcNow();
                return Json(Wire(c, pool));
            });
        });
        registry.Map(group, Api, "DELETE", "/datapools/{id}", "deleteDataPool", "Delete a data pool with its files",
            (HttpContext c, string id) =>
            store.Remove(Caller.Of(c).Owner, id) ? Results.NoContent() : ApiError.NotFound(c, $"Data pool '{id}' not found."));

        registry.Map(group, Api, "GET", "/datapools/{id}/files", "getDataPoolFiles", "The files of a data pool",
            (HttpContext c, string id) =>
            WithPool(c, id, pool => Json(store.FilesOf(pool).Select(f => FileWire(pool, f)).ToList())));
        registry.Map(group, Api, "POST", "/datapools/{id}/files", "addDataPoolFile",
            "Add a file (multipart, part 'file', streamed; 413 over the emulator's --max-upload)", AddFileAsync, "multipart/form-data");
        registry.Map(group, Api, "GET", "/datapools/{id}/files/{fileId}", "getDataPoolFile", "A file's content",
            (HttpContext c, string id, string fileId) =>
            WithPool(c, id, pool => store.FileOf(pool, fileId) is { } file
                ? Results.Stream(store.Open(file), file.ContentType, file.Name)
                : ApiError.NotFound(c, $"File '{fileId}' not found in data pool '{id}'.")));
        registry.Map(group, Api, "DELETE", "/datapools/{id}/files/{fileId}", "deleteDataPoolFile", "Delete a file",
            (HttpContext c, string id, string fileId) =>
            WithPool(c, id, "MAINTAINER", pool => store.RemoveFile(pool, fileId) ? Results.NoContent() :
                ApiError.NotFound(c, $"File '{fileId}' not found in data pool '{id}'.")));
        MapApplications(group, registry, subscriptions);
        marketplace.Map(group, registry, Api);
        subscriptions.Map(group, registry, a => AppWire(a, subscriptions));
        services.Map(group, registry);
        new ManagedServices(options, clock, services).Map(group, registry);
        new ServiceDefinitions(options, services).Map(group, registry);
        new CatalogExecutions(options, clock, gateway, applications, services).Map(group, registry);
        new DataPoolAccess(options, clock, store, services).Map(group, registry);
        organizations.Map(group, registry);
        new Users(options, clock, users, organizations, state).Map(group, registry);
        new Billing(clock, quantum, backends, organizations, state).Map(group, registry, options);
        new Notifications(options, clock, quantum, state).Map(group, registry);
        new CatalogContent(options, clock, state).Map(group, registry);
    }

    void MapApplications(RouteGroupBuilder group, OpenApiRegistry registry, Subscriptions subscriptions)
    {
        object AppWire(ApplicationStore.Application a) => PlatformApi.AppWire(a, subscriptions);
        registry.Map(group, Api, "GET", "/v2/applications", "getApplications", "The applications of the context", (HttpContext c) =>
            Json(applications.Of(Caller.Of(c).Owner).Select(AppWire).ToList()));
        registry.Map(group, Api, "GET", "/v2/applications/{id}", "getApplication", "An application", (HttpContext c, string id) =>
            WithApplication(c, id, a => Json(AppWire(a))));
        registry.Map(group, Api, "POST", "/v2/applications", "createApplication", "Create an application with gateway credentials",
            async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            var caller = Caller.Of(c);
            if (JsonBody.String(body, "name") is not { Length: > 0 } name) return ApiError.Unprocessable(c, "An application needs a name.");
            if (applications.NameTaken(caller.Owner, name)) return ApiError.Conflict(c,
                $"An application named '{name}' exists in this context.");
            var application = applications.Add(caller.Owner, name, clock.GetUtcNow());
            // The gateway takes the new pair at once: Connect-QHubService works with it.
            options.GatewayCredentials[application.ConsumerKey] = application.ConsumerSecret;
            return Json(AppWire(application), 201);
        });
        registry.Map(group, Api, "PUT", "/v2/applications/{id}", "updateApplication", "Rename an application (409 when the name is taken)",
            async (HttpContext c, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return WithApplication(c, id, a =>
            {
                if (JsonBody.String(body, "name") is not { Length: > 0 } name) return ApiError.Unprocessable(c,
                    "An application needs a name.");
                if (applications.NameTaken(a.Owner, name, except: a.Id)) return ApiError.Conflict(c,
                    $"An application named '{name}' exists in this context.");
                a.Name = name;
                return Json(AppWire(a));
            });
        });
        registry.Map(group, Api, "DELETE", "/v2/applications/{id}", "deleteApplication",
            "Delete an application; its credentials stop working", (HttpContext c, string id) =>
            WithApplication(c, id, a =>
            {
                applications.Remove(a.Id);
                options.GatewayCredentials.TryRemove(a.ConsumerKey, out _);
                return Results.NoContent();
            }));
        registry.Map(group, Api, "GET", "/v2/applications/{id}/credentials", "getApplicationCredentials",
            "The consumer key and secret of an application", (HttpContext c, string id) =>
            WithApplication(c, id, a => Json(new { consumerKey = a.ConsumerKey, consumerSecret = a.ConsumerSecret })));
        registry.Map(group, Api, "POST", "/v2/applications/{id}/credentials/regenerate", "regenerateApplicationCredentials",
            "A new consumer secret; the old one stops working", (HttpContext c, string id) =>
            WithApplication(c, id, a =>
            {
                a.ConsumerSecret = ApplicationStore.NewSecret();
                options.GatewayCredentials[a.ConsumerKey] = a.ConsumerSecret;
                return Json(new { consumerKey = a.ConsumerKey, consumerSecret = a.ConsumerSecret });
            }), bodyType: "");
        registry.Map(group, Api, "POST", "/v2/applications/{id}/access-token", "getAccessToken",
            "A gateway bearer token for the application", (HttpContext c, string id) =>
            WithApplication(c, id, a =>
            {
                var (token, expires) = gateway.IssueToken(a.ConsumerKey);
                return Json(new { token, expiresAt = expires });
            }), bodyType: "");
    }

    IResult WithApplication(HttpContext c, string id, Func<ApplicationStore.Application, IResult> found) =>
        applications.Find(Caller.Of(c).Owner, id) is { } a ? found(a) : ApiError.NotFound(c, $"Application '{id}' not found.");

    static object AppWire(ApplicationStore.Application a, Subscriptions subscriptions) => new
    {
        id = a.Id,
        name = a.Name,
        subscriptionCount = subscriptions.CountOf(a.Id),
        currentUserPermission = "OWNER",
        createdAt = a.CreatedAt,
    };

    // The SDK names the file in the filename query parameter; without it, the part's own file name.
    async Task<IResult> AddFileAsync(HttpContext c, string id, string? filename)
    {
        if (store.Find(Caller.Of(c).Owner, id, "MAINTAINER") is not { } pool) return ApiError.NotFound(c, $"Data pool '{id}' not found.");
        var (upload, error) = await StreamedFilePart.ReadAsync(c, "file", options.MaxUploadBytes, blobs, TooLarge(options.MaxUploadBytes));
        if (upload is null) return error!;
        var name = string.IsNullOrWhiteSpace(filename) ? upload.FileName : filename!;
        var file = new DataPoolStore.StoredFile(Guid.NewGuid().ToString(), pool.Id, name, upload.ContentType, upload.BlobId, upload.Length,
            clock.GetUtcNow());
        store.Add(file);
        return Json(FileWire(pool, file), 201);
    }

    static string TooLarge(long limit) =>
        $"The file is larger than this emulator takes ({ByteSize.Text(limit)}): start it with a larger --max-upload, such as " +
        $"--max-upload {ByteSize.Text(limit * 4)}.";

    IResult WithPool(HttpContext c, string id, Func<DataPoolStore.Pool, IResult> found) => WithPool(c, id, "VIEWER", found);

    /// <summary>The pool, if the context sees it with <paramref name="permission"/>: 404 when it does not see it, 403 below the
    /// permission.</summary>
    IResult WithPool(HttpContext c, string id, string permission, Func<DataPoolStore.Pool, IResult> found)
    {
        var owner = Caller.Of(c).Owner;
        if (store.Find(owner, id, permission) is { } pool) return found(pool);
        return store.Find(owner, id) is { } seen
            ? ApiError.Of(c, 403,
                $"Data pool '{seen.Name}' is shared with this context as {seen.PermissionOf(owner)}: changing it needs {permission}.")
            : ApiError.NotFound(c, $"Data pool '{id}' not found.");
    }

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);

    static object Wire(HttpContext c, DataPoolStore.Pool p) => new
    {
        id = p.Id,
        name = p.Name,
        shortDescription = p.ShortDescription,
        description = p.Description,
        currentUserPermission = p.PermissionOf(Caller.Of(c).Owner),
        createdBy = p.CreatedBy,
        createdAt = p.CreatedAt,
        modifiedAt = p.ModifiedAt,
    };

    static object FileWire(DataPoolStore.Pool pool, DataPoolStore.StoredFile f) =>
        new
        {
            id = f.Id,
            dataPoolId = pool.Id,
            name = f.Name,
            fullPath = $"{pool.Id}/{f.Name}",
            contentType = f.ContentType,
            contentLength = f.Size,
            createdAt = f.CreatedAt
        };
}
