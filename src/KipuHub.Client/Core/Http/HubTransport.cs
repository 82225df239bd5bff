using System.Diagnostics;
using System.Text;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.OpenApi;
using RestSharp;

namespace KipuHub.Client.Core.Http;

/// <summary>
/// Sends requests of one API through RestSharp: auth and organization headers, per-attempt timeout,
/// retries by <see cref="RetryPolicy"/>, typed errors, redacted logging. Every API client is built on one.
/// </summary>
public sealed class HubTransport : IDisposable
{
    readonly HubClientOptions options;
    readonly RestClient rest;
    readonly RetryPolicy retry;
    readonly CallLog log;
    string? bearer;

    /// <param name="api">Which of the environment's APIs this transport talks to; <see cref="HubClientOptions.BaseUrl"/> wins over
    /// it.</param>
    /// <param name="documentedApi">
    /// The API's name (Quantum, Platform, User) when its routes follow the Hub's OpenAPI document after a 404 or 405
    /// (<see cref="RouteBinder"/>); null: routes go out as the table has them.
    /// </param>
    public HubTransport(HubClientOptions options, Func<HubEnvironment, Uri> api, string? documentedApi = null)
    {
        this.options = options.Validated();
        var baseUrl = options.BaseUrl ?? api(options.Environment);
        TransportSecurity.EnsureTokenMayTravel(baseUrl);
        BaseUrl = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/");
        retry = new RetryPolicy(options);
        log = new CallLog(options.Logger, () => Secret);
        rest = options.HttpMessageHandler is { } handler
            ? new RestClient(handler, disposeHandler: false, configureRestClient: Configure)
            : new RestClient(Configured(new RestClientOptions
            {
                Proxy = new LoopbackBypassProxy(options.Proxy ?? LoopbackBypassProxy.System),
            }));
        Documents = new OpenApiCatalog(() => this);
        if (documentedApi is not null && options.FollowDocumentedRoutes)
            Binder = new RouteBinder(Documents, documentedApi, log.Note);
    }

    public Uri BaseUrl { get; }

    /// <summary>The OpenAPI document this API serves ({base}/docs), read once when first needed.</summary>
    public OpenApiCatalog Documents { get; }

    /// <summary>Sends routes where the live document has them; null when this transport does not follow the document.</summary>
    public RouteBinder? Binder { get; }

    internal HubClientOptions Options => options;

    /// <summary>What must never be shown: the api key, or the bearer token last sent.</summary>
    string? Secret => options.BearerToken is null ? options.ApiKey : bearer;

    /// <summary>A -Verbose line of the client's own, redacted like every other.</summary>
    internal void Note(string message) => log.Note(message);

    static RestClientOptions Configured(RestClientOptions o)
    {
        Configure(o);
        return o;
    }

    static void Configure(RestClientOptions o)
    {
        // Our own per-attempt timeout tells a timeout from a cancellation; RestSharp's default would cut at 100 s.
        o.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        o.ThrowOnAnyError = false;
        // A redirect would carry X-Auth-Token to wherever it points; the Hub does not redirect API calls.
        o.FollowRedirects = false;
        o.UserAgent = "KipuHub/" + typeof(HubTransport).Assembly.GetName().Version?.ToString(3);
        o.CalculateResponseStatus = _ => ResponseStatus.Completed;
    }

    /// <summary>Sends the request and reads the whole successful response; throws a typed error otherwise.</summary>
    public Task<HubResponse> SendAsync(HubRequest request, CancellationToken cancellationToken = default) =>
        FollowingDocumentAsync(request, SendAsSentAsync, cancellationToken);

    /// <summary>Sends the request and hands back the successful response body unread, for large results.</summary>
    public Task<HubStreamResponse> SendStreamAsync(HubRequest request, CancellationToken cancellationToken = default) =>
        FollowingDocumentAsync(request, SendStreamAsSentAsync, cancellationToken);

    async Task<T> FollowingDocumentAsync<T>(HubRequest request, Func<HubRequest, CancellationToken, Task<T>> send,
        CancellationToken cancellationToken)
    {
        if (Binder is null || !request.Route.FollowsDocument) return await send(request, cancellationToken).ConfigureAwait(false);
        var sent = Binder.Apply(request);
        try
        {
            return await send(sent, cancellationToken).ConfigureAwait(false);
        }
        catch (HubApiException answer) when (ReferenceEquals(sent, request) && RouteBinder.MayRebind(request, answer))
        {
            var rebound = await Binder.RebindAsync(request, answer, cancellationToken).ConfigureAwait(false);
            if (rebound is null) throw;
            return await send(rebound, cancellationToken).ConfigureAwait(false);
        }
    }

    Task<HubResponse> SendAsSentAsync(HubRequest request, CancellationToken cancellationToken) =>
        RunWithRetriesAsync(request, cancellationToken, async (restRequest, url, token) =>
        {
            // RestSharp would also decode every body into a string; the bytes are all the JSON reader needs. What is read is
            // bounded, after decompression: a server's answer cannot grow this process past the cap, however it is sent.
            byte[]? body = null;
            var tooLarge = false;
            restRequest.ResponseWriter = stream =>
            {
                body = ReadAtMost(stream, options.MaxResponseBytes, out tooLarge);
                return null;
            };
            var response = await rest.ExecuteAsync(restRequest, token).ConfigureAwait(false);
            if (tooLarge) throw TooLarge(request, url);
            if (response.StatusCode == 0)
                return AttemptResult<HubResponse>.Failed(response.ErrorException, response.ResponseStatus == ResponseStatus.TimedOut);
            var status = (int)response.StatusCode;
            var bytes = body ?? Array.Empty<byte>();
            if (log.Enabled) log.Response(status, ResponseHeaders.From(response), request.ResponseIsSecret && status is >= 200 and < 300 ?
                "(withheld: it holds a secret)" : Encoding.UTF8.GetString(bytes));
            return status is >= 200 and < 300
                ? AttemptResult<HubResponse>.Ok(new HubResponse(status, () => ResponseHeaders.From(response), bytes, response.ContentType),
                    status)
                : AttemptResult<HubResponse>.Error(status, ResponseHeaders.From(response),
                    Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, ErrorBody.MaxBodyCharacters)));
        });

    static byte[] ReadAtMost(Stream stream, long max, out bool tooLarge)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > max)
            {
                tooLarge = true;
                return Array.Empty<byte>();
            }
            copy.Write(buffer, 0, read);
        }
        tooLarge = false;
        return copy.ToArray();
    }

    HubTransportException TooLarge(HubRequest request, string url) => new(
        $"{request.Route.Method} {url} answered more than {options.MaxResponseBytes / (1024 * 1024)} MiB, more than any answer that is " +
            "read whole may be; it was not read. Results of that size are saved streamed (Save-QHubJobResult, Save-QHubDataPoolFile).")
    {
        Method = request.Route.Method,
        Url = url,
        IsMalformedResponse = true,
    };

    Task<HubStreamResponse> SendStreamAsSentAsync(HubRequest request, CancellationToken cancellationToken) =>
        RunWithRetriesAsync(request, cancellationToken, async (restRequest, url, token) =>
        {
            var capture = new ResponseCapture();
            restRequest.Interceptors =
                (restRequest.Interceptors ?? new List<RestSharp.Interceptors.Interceptor>()).Append(capture).ToList();
            Stream? stream;
            try
            {
                stream = await rest.DownloadStreamAsync(restRequest, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return AttemptResult<HubStreamResponse>.Failed(e, timedOut: false);
            }
            var message = capture.Message;
            if (message is null)
                return AttemptResult<HubStreamResponse>.Failed(null, timedOut: false);
            var headers = ResponseHeaders.From(message);
            var status = (int)message.StatusCode;
            if (status is >= 200 and < 300 && stream is not null)
            {
                log.Response(status, headers, null);
                return AttemptResult<HubStreamResponse>.Ok(new HubStreamResponse(
                    new DownloadStream(stream, message, request.Route.Method, url, options.Timeout),
                        message.Content?.Headers.ContentLength, message.Content?.Headers.ContentType?.MediaType, headers), status);
            }
            stream?.Dispose();
            var body = message.Content is null ? "" : await ErrorTextAsync(message.Content).ConfigureAwait(false);
            message.Dispose();
            log.Response(status, headers, body);
            return AttemptResult<HubStreamResponse>.Error(status, headers, body);
        });

    // An error answer is a sentence or a page: the rest of a larger one is not read.
    static async Task<string> ErrorTextAsync(HttpContent content)
    {
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
        var buffer = new byte[ErrorBody.MaxBodyCharacters];
        int total = 0, read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer, total, buffer.Length - total).ConfigureAwait(false)) > 0)
            total += read;
        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    async Task<T> RunWithRetriesAsync<T>(
        HubRequest request,
        CancellationToken cancellationToken,
        Func<RestRequest, string, CancellationToken, Task<AttemptResult<T>>> attempt)
    {
        var method = request.Route.Method;
        var maxAttempts = options.MaxRetries + 1;
        for (var number = 1; ; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Asked for every attempt: a token provider may have refreshed it since the last one.
            var token = options.BearerToken is { } source ? bearer = await source(cancellationToken).ConfigureAwait(false) : null;
            var restRequest = BuildRestRequest(request, token, out var url);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            var clock = Stopwatch.StartNew();
            AttemptResult<T> result;
            try
            {
                result = await attempt(restRequest, url, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                result = AttemptResult<T>.Failed(null, timedOut: true);
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (result.Failure is null)
            {
                log.Attempt(method, url, result.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    clock.ElapsedMilliseconds, number, maxAttempts);
                return result.Value!;
            }
            var failure = timeout.IsCancellationRequested ? AttemptFailure.TimedOut : result.Failure.Value;
            if (failure == AttemptFailure.LostAfterSend && FailureClassifier.CertainlyNotSent(result.Exception))
                failure = AttemptFailure.NotSent;
            log.Attempt(method, url, Describe(failure, result), clock.ElapsedMilliseconds, number, maxAttempts);

            var retryAfter = result.Headers is null ? null : RetryPolicy.ParseRetryAfter(result.Headers, DateTimeOffset.UtcNow);
            if (number < maxAttempts && retry.ShouldRetry(request.Route.Kind, failure, result.Status, retryAfter is not null))
            {
                var delay = retry.DelayBeforeRetry(number, retryAfter);
                log.Retrying(method, url, delay);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                continue;
            }
            throw ErrorFor(request, failure, result, method, url, number);
        }
    }

    RestRequest BuildRestRequest(HubRequest request, string? bearerToken, out string url)
    {
        // An empty route is the base URL itself (the gateway's start_execution), without a trailing slash.
        var relative = request.Route.Expand(request.PathValues).TrimStart('/');
        url = relative.Length == 0 ? BaseUrl.AbsoluteUri.TrimEnd('/') : BaseUrl.AbsoluteUri + relative;
        // The last guard of the token: whatever a route became (a document's binding), it goes under this API's base URL.
        if (!(new Uri(url).AbsoluteUri + "/").StartsWith(BaseUrl.AbsoluteUri, StringComparison.Ordinal))
            throw new ArgumentException(
                $"The route {request.Route.Method} {request.Route.Template} leads outside {BaseUrl}; it is not sent.");
        var restRequest = new RestRequest(url, MethodOf(request.Route.Method));
        if (ExpectContinue.IsWorthIt(request)) restRequest.Interceptors =
            new List<RestSharp.Interceptors.Interceptor> { new ExpectContinue() };
        foreach (var pair in request.Query)
            restRequest.AddQueryParameter(pair.Key, pair.Value);
        var headers = HeadersFor(request, bearerToken);
        foreach (var header in headers)
            restRequest.AddHeader(header.Key, header.Value);
        if (request.File is not null || request.FormFields.Count > 0)
        {
            restRequest.AlwaysMultipartFormData = true;
            foreach (var field in request.FormFields)
                restRequest.AddParameter(field.Key, field.Value, ParameterType.GetOrPost);
            if (request.File is { } file) restRequest.AddFile(file.Field, file.Open, file.FileName, file.ContentType);
        }
        else if (request.Body is not null)
        {
            restRequest.AddStringBody(request.Body, request.BodyContentType);
        }
        if (log.Enabled)
        {
            var fullUrl = Redaction.Query(rest.BuildUri(restRequest).AbsoluteUri, request.SecretQueryNames);
            url = fullUrl;
            log.Request(request.Route.Method, fullUrl, headers, request.BodyIsSecret ? "(withheld: it holds a secret)" : request.Body);
        }
        return restRequest;
    }

    List<KeyValuePair<string, string>> HeadersFor(HubRequest request, string? bearerToken)
    {
        var headers = new Dictionary<string, string>(options.Headers, StringComparer.OrdinalIgnoreCase);
        if (bearerToken is not null) headers["Authorization"] = "Bearer " + bearerToken;
        else if (!options.SendsNoToken) headers["X-Auth-Token"] = options.ApiKey;
        if (!string.IsNullOrEmpty(options.OrganizationId))
            headers["X-OrganizationId"] = options.OrganizationId!;
        foreach (var header in request.Headers)
            headers[header.Key] = header.Value;
        return headers.ToList();
    }

    HubException ErrorFor<T>(HubRequest request, AttemptFailure failure, AttemptResult<T> result, string method, string url, int attempts)
    {
        var where = $"{method} {url}";
        var tries = attempts > 1 ? $" after {attempts} attempts" : "";
        var isCreate = request.Route.Kind == RouteKind.Create;
        var createAdvice = isCreate
            ? " The Hub may have processed the request: look for what it would have created (jobs: Get-QHubJob) before sending it again, " +
                "so as not to create, or pay for, it twice."
            : "";
        switch (failure)
        {
            case AttemptFailure.TimedOut:
                return new HubTimeoutException(
                    Redaction.Text($"{where} did not answer within {options.Timeout.TotalSeconds:0.#} s{tries}.{createAdvice}", Secret),
                    options.Timeout, result.Exception)
                { Method = method, Url = url, RequestMayHaveBeenProcessed = true };
            case AttemptFailure.NotSent:
            case AttemptFailure.LostAfterSend:
                var notSent = failure == AttemptFailure.NotSent;
                var reason = result.Exception?.GetBaseException().Message ?? "the connection failed";
                return new HubTransportException(
                    Redaction.Text($"{where} failed{tries}: " +
                        $"{reason}.{(notSent ? " The Hub was not reached; check the endpoint, proxy and network." : createAdvice)}",
                            Secret),
                    result.Exception)
                { Method = method, Url = url, RequestMayHaveBeenProcessed = !notSent };
            default:
                var body = result.Body ?? "";
                var serverMessage = ErrorBody.ExtractMessage(body);
                // The Hub's own sentence ends with its own period: ours is not added to it.
                var detail = serverMessage is null ? "" : $": {serverMessage.TrimEnd().TrimEnd('.')}";
                var advice = result.Status == 401 && options.UnauthorizedAdvice is { } own ? " " + own :
                    HubApiExceptions.Advice(result.Status);
                var message = $"{where} returned {result.Status} {HubApiExceptions.ReasonPhrase(result.Status)}{detail}{tries}.{advice}";
                var error = HubApiExceptions.ForStatus(result.Status, Redaction.Text(message, Secret),
                    Redaction.Headers(result.Headers!, Secret),
                    Redaction.Text(body, Secret));
                error.Method = method;
                error.Url = url;
                return error;
        }
    }

    static string Describe<T>(AttemptFailure failure, AttemptResult<T> result) => failure switch
    {
        AttemptFailure.Status => result.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AttemptFailure.TimedOut => "timed out",
        AttemptFailure.NotSent => "connection failed",
        _ => "connection lost",
    };

    static Method MethodOf(string method) => method switch
    {
        "GET" => Method.Get,
        "POST" => Method.Post,
        "PUT" => Method.Put,
        "PATCH" => Method.Patch,
        "DELETE" => Method.Delete,
        "HEAD" => Method.Head,
        "OPTIONS" => Method.Options,
        _ => throw new ArgumentException($"Unsupported HTTP method '{method}'."),
    };

    public void Dispose() => rest.Dispose();
}
