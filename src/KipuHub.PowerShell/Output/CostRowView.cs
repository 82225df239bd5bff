using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Output;

/// <summary>One flat row of costs, ready for Format-Table and Export-Csv: no nested objects.</summary>
internal static class CostRowView
{
    public const string TypeName = "KipuHub.CostReportRow";

    public static PSObject Of(CostRow row, DateTimeOffset? from, DateTimeOffset? to) =>
        (PSObject)PlainObjects.ToPowerShell(new Dictionary<string, object?>
        {
            ["From"] = from,
            ["To"] = to,
            ["Key"] = row.Key ?? row.BackendId,
            ["OrganizationId"] = row.OrganizationId,
            ["BackendId"] = row.BackendId,
            ["Provider"] = row.Provider,
            ["Jobs"] = row.JobCount,
            ["Shots"] = row.Shots,
            ["Amount"] = row.Amount,
            ["Currency"] = row.Currency,
        }, TypeName)!;
}
