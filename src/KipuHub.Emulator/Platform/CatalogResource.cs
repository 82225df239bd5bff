using System.Text.Json.Nodes;
using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// One kind of catalog resource kept as the JSON it was given (the fields it allows), per owner: a paged list
/// with a filter, get, create (409 on a name in use, 422 without one), update and delete. Under a parent
/// ("algorithms/{id}/sketches") its items belong to the parent's id and list without paging.
/// </summary>
public sealed class CatalogResource(EmulatorOptions options, TimeProvider clock, StateLog state, CatalogResource.Shape shape)
{
    const string Api = "qc-catalog";

    /// <param name="Path">"/algorithms", or "/algorithms/{id}/sketches" under a parent.</param>
    /// <param name="Noun">The operation ids' noun: Algorithm → getAlgorithms, getAlgorithm, createAlgorithm, ...</param>
    /// <param name="NameField">The field that must be there and unique (case-insensitively) among the owner's (or the parent's).</param>
    /// <param name="Fields">The fields kept from a request body.</param>
    /// <param name="Filter">A query parameter that filters the list by the field of the same name (contains, or equals for ids).</param>
    /// <param name="SecretFields">Fields taken but neither kept nor answered back (a token): the answer says {field}Configured.</param>
    public sealed record Shape(string Path, string Noun, string NameField, string[] Fields, string? Filter = null,
        string? FilterField = null, string[]? SecretFields = null)
    {
        public bool HasParent => Path.Contains("{id}", StringComparison.Ordinal);
    }

    sealed record Item(string Id, string Owner, string? ParentId, JsonObject Body);

    readonly DurableMap<Item> items = new(state, "catalog" + shape.Path);

    /// <summary>Checks a parent id for the caller's context; null when it is there, else the error to answer.</summary>
    public Func<HttpContext, string, IResult?>? ParentCheck { get; init; }

    /// <summary>Checks a body before it is kept (a referenced id that must exist); null when it is fine.</summary>
    public Func<HttpContext, JsonObject, IResult?>? Validate { get; init; }

    public bool Exists(string owner, string id) => items.TryGetValue(id, out var item) && item.Owner == owner;

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        var (path, noun) = (shape.Path, shape.Noun);
        var itemPath = path + "/{" + (shape.HasParent ? "itemId" : "id") + "}";
        registry.Map(group, Api, "GET", path, $"get{Plural(noun)}",
            $"The {Words(Plural(noun))} of the context{(shape.HasParent ? "" : ", paged")}", (HttpContext c) =>
            WithParent(c, parent =>
            {
                var listed = Of(c, parent).Where(i => Matches(c, i)).OrderBy(i => (string?)i.Body["createdAt"]).Select(i => (object)i.Body);
                return shape.HasParent ? Results.Json(listed.ToList(), EmulatorJson.CamelCase) : CatalogPage.Of(c, listed, b => b);
            }), query: shape.HasParent ? null : (shape.Filter is null ? CatalogPage.QueryNames :
                CatalogPage.QueryNames.Append(shape.Filter)));
        if (!shape.HasParent)
            registry.Map(group, Api, "GET", itemPath, $"get{noun}", $"A {Words(noun)}", (HttpContext c, string id) =>
                With(c, null, id, i => Json(i.Body)));
        registry.Map(group, Api, shape.HasParent && shape.Noun.EndsWith("Permission", StringComparison.Ordinal) ? "PUT" : "POST", path,
            $"{(shape.HasParent ? (shape.Noun.EndsWith("Permission", StringComparison.Ordinal) ? "set" : "add") : "create")}{noun}",
                $"Create a {Words(noun)} (409 when its {shape.NameField} is in use)", async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return WithParent(c, parent => Upsert(c, parent, body));
        });
        if (!shape.HasParent)
            registry.Map(group, Api, "PUT", itemPath, $"update{noun}", $"Change a {Words(noun)}", async (HttpContext c, string id) =>
            {
                var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
                if (body is null) return error!;
                return With(c, null, id, item => Change(c, item, body));
            });
        registry.Map(group, Api, "DELETE", itemPath, $"delete{noun}", $"Delete a {Words(noun)}", (HttpContext c) =>
            WithParent(c, parent => With(c, parent, (string)c.Request.RouteValues[shape.HasParent ? "itemId" : "id"]!, item =>
                items.TryRemove(item.Id) ? Results.NoContent() : ApiError.NotFound(c, $"{Capital(noun)} '{item.Id}' not found."))));
    }

    // AlgorithmSketch → AlgorithmSketches, as the SDK's get_algorithm_sketches.
    static string Plural(string noun) => noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) ?
        noun + "es" : noun + "s";

    IResult Upsert(HttpContext c, string? parent, JsonObject body)
    {
        if (Validate?.Invoke(c, body) is { } invalid) return invalid;
        var owner = Caller.Of(c).Owner;
        lock (items)
        {
            if (JsonBody.String(body, shape.NameField) is not { Length: > 0 } name) return ApiError.Unprocessable(c,
                $"A {Words(shape.Noun)} needs a {shape.NameField}.");
            var same = Of(c, parent).FirstOrDefault(i => string.Equals((string?)i.Body[shape.NameField], name,
                StringComparison.OrdinalIgnoreCase));
            // A permission names its principal: setting it again changes it, as PUT does.
            if (same is not null && shape.Noun.EndsWith("Permission", StringComparison.Ordinal)) return Change(c, same, body);
            if (same is not null) return ApiError.Conflict(c, $"A {Words(shape.Noun)} with the {shape.NameField} '{name}' exists.");
            var now = clock.GetUtcNow();
            var id = Guid.NewGuid().ToString();
            var kept = new JsonObject { ["id"] = id };
            if (parent is not null) kept[ParentField] = parent;
            foreach (var field in shape.Fields) if (body[field] is { } value) kept[field] = value.DeepClone();
            NoteSecrets(kept, body);
            kept["currentUserPermission"] = "OWNER";
            kept["createdAt"] = now.ToString("O");
            kept["modifiedAt"] = now.ToString("O");
            items[id] = new Item(id, owner, parent, kept);
            return Json(kept, 201);
        }
    }

    // Nothing here uses a secret once given (a git token): it is noted as configured, never kept, so no state file holds it.
    void NoteSecrets(JsonObject kept, JsonObject body)
    {
        foreach (var field in shape.SecretFields ?? Array.Empty<string>())
        {
            if (JsonBody.String(body, field) is { Length: > 0 }) kept[field + "Configured"] = true;
        }
    }

    IResult Change(HttpContext c, Item item, JsonObject body)
    {
        if (Validate?.Invoke(c, body) is { } invalid) return invalid;
        lock (items)
        {
            if (JsonBody.String(body, shape.NameField) is { Length: > 0 } name
                && Of(c, item.ParentId).Any(i => i.Id != item.Id && string.Equals((string?)i.Body[shape.NameField], name,
                    StringComparison.OrdinalIgnoreCase)))
                return ApiError.Conflict(c, $"A {Words(shape.Noun)} with the {shape.NameField} '{name}' exists.");
            foreach (var field in shape.Fields) if (body[field] is { } value) item.Body[field] = value.DeepClone();
            NoteSecrets(item.Body, body);
            item.Body["modifiedAt"] = clock.GetUtcNow().ToString("O");
        }
        items.Touch(item.Id);
        return Json(item.Body);
    }

    // The parent's field on a child: algorithms/{id}/sketches → algorithmId.
    string ParentField => char.ToLowerInvariant(shape.Path.TrimStart('/')[0]) + shape.Path.TrimStart('/').Split('/')[0][1..^1] + "Id";

    IEnumerable<Item> Of(HttpContext c, string? parent) => items.Values.Where(i => i.Owner == Caller.Of(c).Owner && i.ParentId == parent);

    bool Matches(HttpContext c, Item item)
    {
        if (shape.Filter is null || c.Request.Query[shape.Filter].ToString() is not { Length: > 0 } wanted) return true;
        var value = (string?)item.Body[shape.FilterField ?? shape.Filter] ?? "";
        return shape.Filter.EndsWith("Id", StringComparison.Ordinal) ? value == wanted :
            value.Contains(wanted, StringComparison.OrdinalIgnoreCase);
    }

    IResult WithParent(HttpContext c, Func<string?, IResult> then)
    {
        if (!shape.HasParent) return then(null);
        var parent = (string)c.Request.RouteValues["id"]!;
        return ParentCheck?.Invoke(c, parent) ?? then(parent);
    }

    IResult With(HttpContext c, string? parent, string id, Func<Item, IResult> found) =>
        items.TryGetValue(id, out var item) && item.Owner == Caller.Of(c).Owner && item.ParentId == parent
            ? found(item)
            : ApiError.NotFound(c, $"{Capital(shape.Noun)} '{id}' not found.");

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);

    static string Capital(string noun) => System.Text.RegularExpressions.Regex.Replace(noun, "(?<=[a-z])(?=[A-Z])", " ");

    static string Words(string noun) => Capital(noun).ToLowerInvariant();
}
