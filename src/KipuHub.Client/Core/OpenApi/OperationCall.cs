using System.Globalization;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Core.OpenApi;

/// <summary>
/// One call of a documented operation through an API's transport (its auth, organization, retries, redaction
/// and typed errors): path parameters escaped as one segment each, query parameters (arrays repeated), headers,
/// a JSON body or a multipart file; a file answer streamed to disk. Wrong parameter names and missing required
/// ones are errors before any request.
/// </summary>
public static class OperationCall
{
    /// <param name="parameters">Parameter name → plain value (string, number, bool, list).</param>
    /// <param name="body">The JSON body as plain values, or null.</param>
    /// <param name="inFile">The file to send as the multipart part of an upload.</param>
    /// <param name="outFile">Where to stream a file answer (any answer, if given).</param>
    /// <returns>The answer as plain values (or text), or null with an outFile or no body.</returns>
    public static async Task<object?> InvokeAsync(HubTransport transport, OpenApiOperation operation,
        IDictionary<string, object?> parameters,
        object? body, string? inFile, string? outFile, CancellationToken cancellationToken)
    {
        var request = Build(operation, parameters, body, inFile);
        if (outFile is not null)
        {
            using var stream = await transport.SendStreamAsync(request, cancellationToken).ConfigureAwait(false);
            await AtomicFileDownload.SaveAsync(stream.Content, outFile, overwrite: true,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return null;
        }
        var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.HasBody) return null;
        var text = response.BodyText;
        return JsonPlainValue.TryParse(text, out var value, out _) ? value : text;
    }

    /// <summary>
    /// The request an operation's call makes; throws before any request when the parameters are wrong. A multipart
    /// form's other fields come from <paramref name="body"/> (a dictionary) or by name among the parameters.
    /// </summary>
    public static HubRequest Build(OpenApiOperation operation, IDictionary<string, object?> parameters, object? body, string? inFile)
    {
        var known = operation.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var form = operation.Body is { IsMultipart: true } multipart ? multipart : null;
        var formFields = (form?.FormFields ?? Array.Empty<string>()).ToDictionary(f => f, f => f, StringComparer.OrdinalIgnoreCase);
        var takes = known.Values.Select(p => p.ToString()).Concat(formFields.Keys.Select(f => $"{f} (form)")).ToList();
        foreach (var name in parameters.Keys.Where(n => !known.ContainsKey(n) && !formFields.ContainsKey(n)))
            throw new ArgumentException($"{operation.OperationId} has no parameter " +
                $"'{name}'.{Suggest(name, known.Keys.Concat(formFields.Keys), "parameter")} It takes: " +
                    $"{(takes.Count == 0 ? "none" : string.Join(", ", takes))}.");
        foreach (var missing in operation.Parameters.Where(p => p.Required &&
            !parameters.Keys.Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
            throw new ArgumentException($"{operation.OperationId} needs the parameter '{missing.Name}' ({missing.Location}).");
        if (operation.Body is { Required: true, IsMultipart: false } && body is null)
            throw new ArgumentException($"{operation.OperationId} needs a body (-Body).");
        if (operation.Body is { IsMultipart: true, Required: true } && inFile is null)
            throw new ArgumentException($"{operation.OperationId} uploads a file: pass -InFile.");

        var values = parameters.Where(p => known.ContainsKey(p.Key)).ToDictionary(p => known[p.Key].Name, p => p.Value,
            StringComparer.Ordinal);
        var pathValues = new List<string>();
        var template = System.Text.RegularExpressions.Regex.Replace(operation.Path.TrimStart('/'), @"\{([^}]+)\}", match =>
        {
            pathValues.Add(Text(values[match.Groups[1].Value]));
            return "{" + match.Groups[1].Value + "}";
        });
        var kind = operation.Method switch
        {
            "GET" or "HEAD" or "OPTIONS" => RouteKind.Read,
            "POST" => RouteKind.Create,
            _ => RouteKind.IdempotentWrite,
        };
        var request = new HubRequest(new Route(operation.OperationId, operation.Method, template, RouteEvidence.Given, kind),
            pathValues.ToArray());
        var cookies = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => values.ContainsKey(p.Name)))
        {
            var value = values[parameter.Name];
            if (parameter.Location == "query")
                foreach (var item in value is IList<object?> many ? many : new[] { value }) request.WithQuery(parameter.Name, Text(item));
            else if (parameter.Location == "header")
                request.WithHeader(parameter.Name, Text(value));
            else if (parameter.Location == "cookie")
                cookies.Add($"{parameter.Name}={Uri.EscapeDataString(Text(value))}");
        }
        if (cookies.Count > 0) request.WithHeader("Cookie", string.Join("; ", cookies));
        if (form is not null)
        {
            foreach (var field in parameters.Where(p => !known.ContainsKey(p.Key)))
                request.FormFields.Add(new KeyValuePair<string, string>(formFields[field.Key], Text(field.Value)));
            foreach (var field in FormFieldsOf(operation, body, formFields))
            {
                if (request.FormFields.Any(f => string.Equals(f.Key, field.Key, StringComparison.OrdinalIgnoreCase)))
                    throw new ArgumentException($"{operation.OperationId}: the form field '{field.Key}' is given twice, in -Body and in " +
                        $"-Parameters.");
                request.FormFields.Add(field);
            }
            body = null;
        }
        if (inFile is not null)
        {
            LocalFiles.RequireFile(inFile);
            request.File = new FileUpload(operation.Body?.FileField ?? "file", () => File.OpenRead(inFile), Path.GetFileName(inFile),
                MediaTypes.OfFile(inFile));
        }
        else if (body is not null)
        {
            request.BodyContentType = operation.Body?.ContentType ?? "application/json";
            request.Body = body as string ?? (request.BodyContentType == FormType && body is IDictionary<string, object?> fields ?
                Form(fields) : HubJson.Serialize(body));
        }
        return request;
    }

    const string FormType = "application/x-www-form-urlencoded";

    // A multipart form's text fields from a -Body dictionary: named as the form's schema has them, when it has any.
    static IEnumerable<KeyValuePair<string, string>> FormFieldsOf(OpenApiOperation operation, object? body,
        IDictionary<string, string> formFields)
    {
        if (body is null) yield break;
        if (body is string text && JsonPlainValue.TryParse(text, out var parsed, out _)) body = parsed;
        if (body is not IDictionary<string, object?> fields)
            throw new ArgumentException($"{operation.OperationId} takes a multipart form: pass its " +
                $"fields{(formFields.Count == 0 ? "" : $" ({string.Join(", ", formFields.Keys)})")} as a hashtable in -Body or by name " +
                    $"in -Parameters, and the file with -InFile.");
        foreach (var field in fields)
        {
            if (formFields.Count > 0 && !formFields.ContainsKey(field.Key))
                throw new ArgumentException($"{operation.OperationId}'s form has no field " +
                    $"'{field.Key}'.{Suggest(field.Key, formFields.Keys, "field")} It has: {string.Join(", ", formFields.Keys)}.");
            yield return new KeyValuePair<string, string>(formFields.TryGetValue(field.Key, out var name) ? name : field.Key,
                Text(field.Value));
        }
    }

    // A form body from a hashtable: name=value pairs, a list repeating its name.
    static string Form(IDictionary<string, object?> fields) => string.Join("&", fields.SelectMany(field =>
        (field.Value is IList<object?> many ? many : new[] { field.Value }).Select(value =>
            $"{Uri.EscapeDataString(field.Key)}={Uri.EscapeDataString(Text(value))}")));

    /// <summary>" Did you mean 'x'?" for a name close to one of the candidates, else "".</summary>
    public static string Suggest(string name, IEnumerable<string> candidates, string what)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, name.Length / 3) || c.Name.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0)
            .OrderBy(c => c.Distance).Select(c => c.Name).FirstOrDefault();
        return best is null ? "" : $" Did you mean the {what} '{best}'?";
    }

    /// <summary>The <paramref name="count"/> candidates closest to the name by edit distance, closest first.</summary>
    public static IReadOnlyList<string> Nearest(string name, IEnumerable<string> candidates, int count) =>
        candidates.Distinct(StringComparer.Ordinal)
            .OrderBy(c => Distance(name.ToLowerInvariant(), c.ToLowerInvariant())).ThenBy(c => c, StringComparer.Ordinal)
            .Take(count).ToList();

    static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }

    static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => HubJson.Serialize(value),
    };
}
