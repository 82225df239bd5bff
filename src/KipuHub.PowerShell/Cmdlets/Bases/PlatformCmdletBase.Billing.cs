using System.Management.Automation;

namespace KipuHub.PowerShell.Cmdlets;

// Billing over a period: -From (inclusive) and -To (exclusive), by default this month so far.
public abstract partial class PlatformCmdletBase
{
    /// <summary>A terminating InvalidArgument when the period ends before it starts.</summary>
    protected void EnsurePeriod(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from > to)
            ThrowTerminatingError(new ErrorRecord(new ArgumentException($"-From ({from:O}) is after -To ({to:O})."), "InvalidArgument",
                ErrorCategory.InvalidArgument, from));
    }
}
