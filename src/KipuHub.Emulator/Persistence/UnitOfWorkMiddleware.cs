namespace KipuHub.Emulator.Persistence;

/// <summary>
/// Makes each write request (anything but GET, HEAD and OPTIONS) a unit of work of the <see cref="StateLog"/>: its rows
/// are written in one transaction before the answer starts, so an answered change survives a crash.
/// </summary>
public sealed class UnitOfWorkMiddleware(RequestDelegate next, StateLog log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) ||
            HttpMethods.IsOptions(context.Request.Method) || log.Begin() is not { } unit)
        {
            await next(context);
            return;
        }
        context.Response.OnStarting(() =>
        {
            unit.Commit();
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            unit.Commit();
        }
    }
}
