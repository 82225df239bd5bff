using System.Reflection;
using System.Text.Json.Serialization;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform;
using KipuHub.Client.Quantum;
using KipuHub.Client.Service;
using KipuHub.Client.User;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core;

/// <summary>
/// Routes the client marks Seen held to the evidence outside the project (../shared/api: what the official SDKs'
/// sources send), not to tables of our own: a wrong path shared by the client and the emulator fails here.
/// </summary>
[Trait("Category", "Static")]
public sealed class RouteEvidenceTests
{
    public static TheoryData<string> Files => new() { "quantum.yaml", "platform.yaml", "user.yaml", "service.yaml" };

    [SharedApiTheory]
    [MemberData(nameof(Files))]
    public void Every_route_marked_seen_has_the_method_and_path_the_sdks_send(string file)
    {
        var evidence = ApiCatalog.Operations(file).Where(o => o.Evidence.StartsWith("sourced", StringComparison.Ordinal) ||
            o.Evidence == "partial").ToList();
        var wrong = new List<string>();
        foreach (var route in Table(file).Where(r => r.Evidence == RouteEvidence.Seen))
        {
            var byName = evidence.Where(o => o.Names.Any(n => Same(n, route.OperationId))).ToList();
            var byPath = evidence.Where(o => o.Method == route.Method && Shape(o.Path) == Shape(route.Template)).ToList();
            if (byName.Count == 0 && byPath.Count == 0)
                wrong.Add($"{route.OperationId} ({route.Method} {route.Template}): no sourced operation of that name or path");
            else if (byPath.Count == 0)
                wrong.Add($"{route.OperationId} ({route.Method} {route.Template}): the SDKs send " +
                    string.Join(" or ", byName.Select(o => $"{o.Method} {o.Path}")));
        }
        Assert.True(wrong.Count == 0, $"{file}: {wrong.Count} routes marked Seen differ from the evidence:\n" + string.Join("\n", wrong));
    }

    // The current SDKs' DTOs, by the namespace of the models that read them; the 2024 API's DTOs describe routes since renamed.
    static readonly Dictionary<string, string> ModelNamespaces = new()
    {
        ["quantum"] = "KipuHub.Client.Quantum.Models",
        ["service"] = "KipuHub.Client.Service.Models",
        ["platform"] = "KipuHub.Client.Platform.Models",
        ["user"] = "KipuHub.Client.User.Models",
    };

    // Models that write their wire by hand (ToWire) are held by their property names, which match loosely.
    [SharedApiFact]
    public void Every_field_of_a_sourced_dto_is_read_by_the_model_of_that_name()
    {
        var types = typeof(QuantumRoutes).Assembly.GetTypes();
        var compared = 0;
        var missing = new List<string>();
        foreach (var dto in ApiCatalog.Dtos().Where(d => ModelNamespaces.ContainsKey(d.Section)))
        {
            var models = types.Where(t => t.Namespace == ModelNamespaces[dto.Section] && (t.Name == dto.Name || t.Name + "Dto" == dto.Name))
                .ToList();
            if (models.Count == 0) continue;
            compared++;
            var read = models.SelectMany(m => m.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
                .Select(p => Loose(p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name)).ToHashSet();
            missing.AddRange(dto.WireNames.Where(w => !read.Contains(Loose(w))).Select(w => $"{dto.Section}.{dto.Name}.{w}"));
        }
        Assert.True(compared >= 15, $"only {compared} DTOs have a model of their name");
        Assert.True(missing.Count == 0, $"{missing.Count} sourced fields no model reads:\n" + string.Join("\n", missing));
    }

    static IReadOnlyList<Route> Table(string file) => file switch
    {
        "quantum.yaml" => QuantumRoutes.All,
        "platform.yaml" => PlatformRoutes.All,
        "user.yaml" => UserRoutes.All,
        _ => ServiceRoutes.All,
    };

    // get_backends, getBackends and GetBackends name the same operation.
    static bool Same(string a, string b) => Loose(a) == Loose(b);

    static string Loose(string name) => name.Replace("_", "").ToLowerInvariant();

    // Placeholder names differ ({id}, {jobId}); the shape of the path must not.
    static string Shape(string path) => System.Text.RegularExpressions.Regex.Replace(path.Trim('/'), @"\{[^}]+\}", "{}");
}

/// <summary>A fact that needs ../shared/api: skipped, and said so, on a machine without it, never passed.</summary>
public sealed class SharedApiFactAttribute : FactAttribute
{
    public SharedApiFactAttribute()
    {
        if (ApiCatalog.Folder is null) Skip = "../shared/api is not beside this clone: the route evidence cannot be read here.";
    }
}

public sealed class SharedApiTheoryAttribute : TheoryAttribute
{
    public SharedApiTheoryAttribute()
    {
        if (ApiCatalog.Folder is null) Skip = "../shared/api is not beside this clone: the route evidence cannot be read here.";
    }
}
