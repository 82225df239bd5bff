using System.Net;

namespace KipuHub.Client.Core.Errors;

/// <summary>The Hub answered with an error status. Subclasses exist for every documented status.</summary>
public class HubApiException : HubException
{
    public HubApiException(string message, int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
        : base(message)
    {
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
    }

    public int StatusCode { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }
    public string Body { get; }

    /// <summary>The message of the Hub's JSON error body, when it has one.</summary>
    public string? ServerMessage => ErrorBody.ExtractMessage(Body);
}

public sealed class BadRequestException(string m, int s, IReadOnlyDictionary<string, IReadOnlyList<string>> h, string b) :
    HubApiException(m, s, h, b);
public sealed class UnauthorizedException(string m, int s, IReadOnlyDictionary<string, IReadOnlyList<string>> h, string b) :
    HubApiException(m, s, h, b);
public sealed class ForbiddenException(string m, int s, IReadOnlyDictionary<string, IReadOnlyList<string>> h, string b) :
    HubApiException(m, s, h, b);
public sealed class NotFoundException(string m, int s, IReadOnlyDictionary<string, IReadOnlyList<string>> h, string b) :
    HubApiException(m, s, h, b);
public sealed class ConflictException(string m, int s, IReadOnlyDictionary<string, IReadOnlyList<string>> h, string b) :
    HubApiException(m, s, h, b);
public sealed class ContentTooLargeException(string m, int s, IReadOnlyDictionary<string, IReadOnlyList<string>> h, string b) :
    HubApiException(m, s, h, b);
public sealed class UnsupportedMediaTypeException(string m, int s, IReadOnlyDictionary<string, IReadOnlyList<string>> h, string b) :
    HubApiException(m, s, h, b);
public sealed class UnprocessableEntityException(string m, int s, IReadOnlyDictionary<string, IReadOnlyList<string>> h, string b) :
    HubApiException(m, s, h, b);
public sealed class InternalServerErrorException(string m, int s, IReadOnlyDictionary<string, IReadOnlyList<string>> h, string b) :
    HubApiException(m, s, h, b);

internal static class HubApiExceptions
{
    public static HubApiException ForStatus(int status, string message, IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string body) => status switch
        {
            400 => new BadRequestException(message, status, headers, body),
            401 => new UnauthorizedException(message, status, headers, body),
            403 => new ForbiddenException(message, status, headers, body),
            404 => new NotFoundException(message, status, headers, body),
            409 => new ConflictException(message, status, headers, body),
            413 => new ContentTooLargeException(message, status, headers, body),
            415 => new UnsupportedMediaTypeException(message, status, headers, body),
            422 => new UnprocessableEntityException(message, status, headers, body),
            500 => new InternalServerErrorException(message, status, headers, body),
            _ => new HubApiException(message, status, headers, body),
        };

    public static string ReasonPhrase(int status) =>
        Enum.IsDefined(typeof(HttpStatusCode), status) ? ((HttpStatusCode)status).ToString() : "Error";

    public static string Advice(int status) => status switch
    {
        401 => " Check the token: run Connect-QHub again or set KQH_PERSONAL_ACCESS_TOKEN.",
        403 => " The token is valid but may not do this; check the organization (X-OrganizationId) and its permissions.",
        404 => " Check the id and the organization context: resources of an organization are invisible from the personal context.",
        429 => " The Hub is rate limiting; wait and try again.",
        _ when status >= 500 => " The Hub failed; try again later.",
        _ => "",
    };
}
