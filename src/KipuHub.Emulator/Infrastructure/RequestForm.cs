namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// Reads a form (urlencoded or multipart) as the Hub answers bad ones: a malformed multipart body (no boundary, a
/// wrong one, cut short) or one over the field-count or value-length limits is a 400 with what was wrong, never a 500.
/// </summary>
public static class RequestForm
{
    public static async Task<IFormCollection> ReadAsync(HttpContext c)
    {
        try
        {
            return await c.Request.ReadFormAsync();
        }
        catch (InvalidDataException e)
        {
            throw new BadHttpRequestException("The form is malformed or over a limit: " + e.Message, 400);
        }
        catch (IOException e) when (!c.RequestAborted.IsCancellationRequested)
        {
            throw new BadHttpRequestException("The form ended before its closing boundary: " + e.Message, 400);
        }
        catch (InvalidOperationException e)
        {
            throw new BadHttpRequestException("The body is not a form: " + e.Message, 415);
        }
    }
}
