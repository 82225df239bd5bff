using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's billing, quantum_workloads and eligibility.
public static partial class PlatformRoutes
{
    // Billing: the 2024 API's dashboard (seen: costs and revenue by month); the rest the Hub's conventions.
    public static readonly Route GetBalance = Inferred("get_balance", "GET", "billing/balance");
    public static readonly Route GetBudget = Inferred("get_budget", "GET", "billing/budget");
    public static readonly Route UpdateBudget = Inferred("update_budget", "PUT", "billing/budget", RouteKind.IdempotentWrite);
    public static readonly Route GetCredits = Inferred("get_credits", "GET", "billing/credits");
    public static readonly Route GetBillingHistory = Inferred("get_billing_history", "GET", "billing/history");
    public static readonly Route GetCostReport = Inferred("get_cost_report", "GET", "billing/cost-report");
    public static readonly Route GetCostsByMonth = Seen("get_costs_by_month", "GET", "dashboard/costs");
    public static readonly Route GetRevenueByMonth = Seen("get_revenue_by_month", "GET", "dashboard/revenue");
    public static readonly Route GetQuantumWorkloadCosts = Inferred("get_quantum_workload_costs", "GET", "quantum-workloads/costs");
    public static readonly Route CheckEligibility = Inferred("check_eligibility", "GET", "eligibility");
}
