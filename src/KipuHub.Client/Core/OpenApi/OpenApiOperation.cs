namespace KipuHub.Client.Core.OpenApi;

/// <summary>One operation of an API's OpenAPI document: what Get-QHubOperation lists and Invoke-QHubOperation calls.</summary>
public sealed class OpenApiOperation
{
    public OpenApiOperation(string operationId, string method, string path, string? summary, IReadOnlyList<OpenApiParameter> parameters,
        OpenApiBody? body, bool answersWithFile)
    {
        OperationId = operationId;
        Method = method;
        Path = path;
        Summary = summary;
        Parameters = new Json.ShownList<OpenApiParameter>(parameters);
        Body = body;
        AnswersWithFile = answersWithFile;
    }

    public string OperationId { get; }
    public string Method { get; }

    /// <summary>The path template, relative to the API's base URL: /jobs/{id}.</summary>
    public string Path { get; }
    public string? Summary { get; }
    public Json.ShownList<OpenApiParameter> Parameters { get; }
    public OpenApiBody? Body { get; }

    /// <summary>The answer is a file (binary or octet-stream), to stream to disk.</summary>
    public bool AnswersWithFile { get; }

    public override string ToString() => $"{OperationId} ({Method} {Path})";
}

/// <summary>A path, query or header parameter of an operation.</summary>
public sealed class OpenApiParameter(string name, string location, bool required, string? type, bool isArray)
{
    public string Name { get; } = name;

    /// <summary>path, query or header (cookie parameters are not sent).</summary>
    public string Location { get; } = location;
    public bool Required { get; } = required;
    public string? Type { get; } = type;
    public bool IsArray { get; } = isArray;

    public override string ToString() => $"{Name} ({Location}{(Required ? ", required" : "")})";
}

/// <summary>The request body of an operation: JSON or a multipart form with a file part.</summary>
public sealed class OpenApiBody(bool required, bool isMultipart, string? fileField, string contentType,
    IReadOnlyList<string>? formFields = null)
{
    public bool Required { get; } = required;
    public bool IsMultipart { get; } = isMultipart;

    /// <summary>The form part that carries the file (a binary property of the form's schema); "file" when none says.</summary>
    public string? FileField { get; } = fileField;
    public string ContentType { get; } = contentType;

    /// <summary>The multipart form's other parts, by the properties of its schema: sent as text beside the file.</summary>
    public IReadOnlyList<string> FormFields { get; } = formFields ?? Array.Empty<string>();
}
