using System.Collections;
using System.Collections.Specialized;
using System.Globalization;
using System.Security;
using KipuHub.Client.Core.Json;

namespace KipuHub.Tests.Unit.Client.Core.Json;

/// <summary>What a script's values look like on the wire, in any culture.</summary>
public sealed class PlainValueConverterTests
{
    static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // What the wire carries, with '+' and friends unescaped for reading: the escapes are the same JSON strings.
    static string Json(object? value, IHostValues? host = null) =>
        System.Text.Json.Nodes.JsonNode.Parse(HubJson.Serialize(PlainValueConverter.ToPlain(value, "input", host)))!.ToJsonString(Readable);

    [Theory]
    [InlineData("de-DE")]
    [InlineData("")]
    public void Dates_guids_enums_and_numbers_are_culture_invariant(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            var value = new OrderedDictionary
            {
                ["local"] = new DateTime(2026, 11, 22, 10, 30, 0, DateTimeKind.Unspecified),
                ["utc"] = new DateTime(2026, 11, 22, 10, 30, 0, DateTimeKind.Utc),
                ["offset"] = new DateTimeOffset(2026, 11, 22, 10, 30, 0, TimeSpan.FromHours(1)),
                ["utcOffset"] = new DateTimeOffset(2026, 11, 22, 10, 30, 0, TimeSpan.Zero),
                ["id"] = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
                ["kind"] = DayOfWeek.Sunday,
                ["ratio"] = 0.1 + 0.2,
                ["small"] = 1.5f,
                ["money"] = 12.50m,
                ["flag"] = true,
                ["nothing"] = null,
                ["bytes"] = new byte[] { 1, 2, 3 },
                ["uri"] = new Uri("https://hub.example/a b", UriKind.Absolute),
                ["version"] = new Version(1, 2, 3),
                ["span"] = TimeSpan.FromMinutes(90),
            };
            Assert.Equal(
                """{"local":"2026-11-22T10:30:00.0000000","utc":"2026-11-22T10:30:00.0000000Z","offset":"2026-11-22T10:30:00.0000000+01:00","utcOffset":"2026-11-22T10:30:00.0000000Z","id":"0f8fad5b-d9cb-469f-a165-70867728950e","kind":"Sunday","ratio":0.30000000000000004,"small":1.5,"money":12.50,"flag":true,"nothing":null,"bytes":"AQID","uri":"https://hub.example/a b","version":"1.2.3","span":"01:30:00"}""",
                Json(value));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Doubles_round_trip_exactly()
    {
        foreach (var number in new[] { 0.1, 1e-300, 123456789.123456789, double.MaxValue, -0.000123 })
            Assert.Equal(number, double.Parse(Json(number), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Lists_keep_their_shape_and_dictionaries_their_order()
    {
        var value = new OrderedDictionary { ["z"] = new object[] { 1 }, ["a"] = Array.Empty<object>(), ["m"] = new List<int> { 1, 2 } };
        value.Add(42, "numeric key");
        Assert.Equal("""{"z":[1],"a":[],"m":[1,2],"42":"numeric key"}""", Json(value));
    }

    [Fact]
    public void A_json_text_is_parsed_once_and_goes_out_as_the_same_json()
    {
        const string text = """{"b":[1,2.5,"x",null,true],"a":{"c":{}}}""";
        Assert.Equal(text, HubJson.Serialize(PlainValueConverter.FromJsonText(text, "-Input")));
        var error = Assert.Throws<PlainValueException>(() => PlainValueConverter.FromJsonText("{nope", "-Input"));
        Assert.StartsWith("-Input is not valid JSON", error.Message);
    }

    [Fact]
    public void A_secret_is_refused_with_where_it_sits()
    {
        using var secret = new SecureString();
        var value = new Hashtable { ["circuit"] = new object[] { 1, 2, new Hashtable { ["gate"] = secret } } };
        var error = Assert.Throws<PlainValueException>(() => Json(value));
        Assert.Equal("input.circuit[2].gate", error.Path);
        Assert.Contains("SecureString", error.Message);
    }

    [Fact]
    public void A_cycle_and_a_depth_beyond_64_are_refused()
    {
        var loop = new Hashtable();
        loop["self"] = new object[] { loop };
        Assert.Contains("cycle", Assert.Throws<PlainValueException>(() => Json(loop)).Message);

        object deep = "leaf";
        for (var i = 0; i < 70; i++) deep = new object[] { deep };
        Assert.Contains("deeper than 64", Assert.Throws<PlainValueException>(() => Json(deep)).Message);

        var shared = new object[] { 1 };
        Assert.Equal("""[[1],[1]]""", Json(new object[] { shared, shared }));
    }

    [Fact]
    public void Keys_that_do_not_convert_and_objects_without_json_form_are_refused()
    {
        var badKey = new Hashtable { [new object()] = 1 };
        Assert.Contains("key of type System.Object", Assert.Throws<PlainValueException>(() => Json(badKey)).Message);
        Assert.Contains("no JSON form", Assert.Throws<PlainValueException>(() => Json(new Hashtable { ["file"] = new FileInfo("x") })).Message);
        Assert.Contains("no number", Assert.Throws<PlainValueException>(() => Json(double.NaN)).Message);
    }

    /// <summary>A host like PowerShell: Wrapped is its PSObject, Bag its PSCustomObject, Script its ScriptBlock.</summary>
    sealed record Wrapped(object? Inner);
    sealed record Bag(params (string Name, object? Value)[] Properties);
    sealed record Script;

    sealed class FakeHost : IHostValues
    {
        public bool TryUnwrap(object value, out object? unwrapped)
        {
            unwrapped = (value as Wrapped)?.Inner;
            return value is Wrapped;
        }

        public IEnumerable<KeyValuePair<string, object?>>? PropertiesOf(object value) =>
            (value as Bag)?.Properties.Select(p => new KeyValuePair<string, object?>(p.Name, p.Value));

        public string? Refusal(object value) => value is Script ? "is a script block" : null;
    }

    [Fact]
    public void Wrapped_values_behave_like_the_values_they_wrap_and_bags_keep_their_order()
    {
        var host = new FakeHost();
        var plain = new OrderedDictionary { ["when"] = new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc), ["list"] = new object[] { 1 } };
        var wrapped = new Wrapped(new OrderedDictionary
        {
            ["when"] = new Wrapped(new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc)),
            ["list"] = new Wrapped(new object[] { new Wrapped(1) }),
        });
        Assert.Equal(Json(plain), Json(wrapped, host));
        Assert.Equal("""{"z":1,"a":{"b":[]}}""", Json(new Bag(("z", 1), ("a", new Bag(("b", Array.Empty<object>())))), host));
        var error = Assert.Throws<PlainValueException>(() => Json(new Bag(("steps", new object[] { new Script() })), host));
        Assert.Equal("input.steps[0]", error.Path);
    }
}
