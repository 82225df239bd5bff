namespace KipuHub.Client.Core;

/// <summary>
/// Reports on the caller's thread at once, unlike <see cref="Progress{T}"/>, which posts each report to a
/// synchronization context or the thread pool and so can deliver them late and out of order.
/// </summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
