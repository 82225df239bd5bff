namespace KipuHub.Client.Core.Errors;

/// <summary>
/// A create (a job, a session) went out and no usable answer came back: the Hub may or may not have made it,
/// and looking for its request tag found nothing. Submitting again could pay twice; look for it first.
/// </summary>
public sealed class RequestOutcomeUnknownException : HubException
{
    public RequestOutcomeUnknownException(string message, Exception inner, string? requestTag) : base(message, inner)
    {
        RequestTag = requestTag;
        if (inner is HubException hub)
        {
            Method = hub.Method;
            Url = hub.Url;
        }
    }

    /// <summary>The kqh-request:&lt;id&gt; tag the create carried, to search for; null when it carried none.</summary>
    public string? RequestTag { get; }
}
