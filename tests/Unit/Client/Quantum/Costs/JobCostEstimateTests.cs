using KipuHub.Client.Quantum.Costs;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Quantum.Costs;

/// <summary>
/// What a job would cost, from its backend's prices as the Hub lists them (the emulator's backends, over HTTP) and from price
/// models no listed backend has. -MaxCost holds a job only to a bounded estimate, so Bounded and Amount are the guard.
/// </summary>
public sealed class JobCostEstimateTests : EmulatorFixture
{
    async Task<JobCostEstimate> EstimateAsync(string backendId, int shots, JobInput input)
    {
        using var client = Quantum();
        var backend = await client.Backends.GetBackendAsync(backendId);
        return JobCostEstimate.For(backend, new CreateJobRequest { BackendId = backendId, Shots = shots, Input = input });
    }

    static JobCostEstimate Estimate(int shots, params Cost[] costs) =>
        JobCostEstimate.For(new Backend { Costs = new(costs) },
            new CreateJobRequest { BackendId = "from.the.request", Shots = shots, Input = Circuits.Bell() });

    [Fact]
    public async Task Job_and_shot_prices_add_up_to_a_bounded_total()
    {
        // aws.ionq.aria: 0.30 USD a job, 0.03 USD a shot.
        var estimate = await EstimateAsync("aws.ionq.aria", 100, Circuits.Bell());

        Assert.Equal((3.30m, "USD", true, false), (estimate.Amount, estimate.Currency, estimate.Bounded, estimate.Free));
        Assert.Equal(("aws.ionq.aria", 100), (estimate.BackendId, estimate.Shots));
        Assert.Equal("aws.ionq.aria: 3.30 USD", estimate.ToString());
        Assert.Null(estimate.OneQubitGates);
        Assert.Null(estimate.TwoQubitGates);
        Assert.Empty(estimate.Rates);
        Assert.Null(estimate.Note);
    }

    [Fact]
    public async Task Gate_prices_count_the_inputs_gates_per_shot()
    {
        // iqm.emerald: 0.00003 EUR a one-qubit gate shot, 0.0003 EUR a two-qubit one; the Bell circuit has one of each.
        var estimate = await EstimateAsync("iqm.emerald", 10, Circuits.BellQasm());

        Assert.Equal((0.0033m, "EUR", true), (estimate.Amount, estimate.Currency, estimate.Bounded));
        Assert.Equal((1L, 1L), (estimate.OneQubitGates, estimate.TwoQubitGates));
        Assert.Equal("0.0033 EUR", estimate.Summary);
    }

    [Fact]
    public async Task Gate_prices_of_an_input_whose_gates_cannot_be_counted_give_no_amount_and_say_why()
    {
        var estimate = await EstimateAsync("iqm.emerald", 10, JobInput.FromJson("""{"pulses":[1,2]}"""));

        Assert.Null(estimate.Amount);
        Assert.False(estimate.Bounded);
        Assert.Equal("not estimated", estimate.Summary);
        Assert.Null(estimate.OneQubitGates);
        Assert.Equal("The backend prices gates, and the gates of this input's format cannot be counted here (IonQ JSON and OpenQASM 2/3 " +
            "can).", estimate.Note);
    }

    [Fact]
    public async Task A_price_by_time_is_a_rate_and_leaves_the_total_open()
    {
        var estimate = await EstimateAsync("ibm.kyiv", 10, Circuits.Bell());

        Assert.Equal(0m, estimate.Amount);
        Assert.False(estimate.Bounded);
        Assert.Equal(new[] { "1.6 USD per second" }, estimate.Rates);
        Assert.Equal("0.00 USD + 1.6 USD per second (total open)", estimate.Summary);
        Assert.Equal("Priced by time (1.6 USD per second): only the part known before the job runs is counted; the total is open until " +
            "it has run.", estimate.Note);
    }

    [Fact]
    public async Task A_backend_whose_prices_are_all_zero_is_free()
    {
        var estimate = await EstimateAsync("azure.ionq.simulator", 10, Circuits.Bell());

        Assert.Equal((true, 0m, "USD", "free"), (estimate.Free, estimate.Amount, estimate.Currency, estimate.Summary));
        Assert.Equal("Free: the backend lists no price.", estimate.Note);
    }

    [Fact]
    public void Each_time_unit_is_a_rate_an_unknown_unit_is_listed_as_not_estimated_and_the_first_priced_currency_holds()
    {
        var estimate = Estimate(3,
            new Cost { Granularity = "job", Currency = "CHF", Value = 0 },
            new Cost { Granularity = "job", Currency = "EUR", Value = 0.5 },
            new Cost { Granularity = "shot", Currency = "USD", Value = null },
            new Cost { Granularity = "minute", Currency = "EUR", Value = 2 },
            new Cost { Granularity = "millisecond", Currency = "EUR", Value = 0.001 },
            new Cost { Granularity = "daily", Currency = "EUR", Value = 100 },
            new Cost { Granularity = "second", Currency = "CHF", Value = 1 });

        Assert.Equal(("from.the.request", 0.5m, "EUR", false), (estimate.BackendId, estimate.Amount, estimate.Currency, estimate.Bounded));
        Assert.Equal(new[] { "2 EUR per minute", "0.001 EUR per millisecond", "100 EUR per daily (not estimated)", "1 CHF per second" },
            estimate.Rates);
        Assert.Equal("0.50 EUR + 2 EUR per minute + 0.001 EUR per millisecond + 100 EUR per daily (not estimated) + 1 CHF per second " +
            "(total open)", estimate.Summary);
        Assert.Equal("Priced by time (2 EUR per minute, 0.001 EUR per millisecond, 100 EUR per daily (not estimated), 1 CHF per second): " +
            "only the part known before the job runs is counted; the total is open until it has run.", estimate.Note);
    }

    [Fact]
    public void Each_gate_price_multiplies_its_own_count_by_the_shots()
    {
        // Three one-qubit gates and two two-qubit ones.
        var input = new QudoraJobInput("OPENQASM 2.0; qreg q[3]; h q[0]; x q[1]; s q[2]; cx q[0],q[1]; cz q[1],q[2];");
        JobCostEstimate For(params Cost[] costs) => JobCostEstimate.For(new Backend { Costs = new(costs) },
            new CreateJobRequest { BackendId = "gates", Shots = 10, Input = input });

        var one = For(new Cost { Granularity = "1-Qubit Gate Shot", Currency = "EUR", Value = 0.01 });
        Assert.Equal((0.3m, 3L, 2L), (one.Amount!.Value, one.OneQubitGates!.Value, one.TwoQubitGates!.Value));
        var two = For(new Cost { Granularity = "2-Qubit Gate Shot", Currency = "EUR", Value = 0.01 });
        Assert.Equal((0.2m, 3L, 2L), (two.Amount!.Value, two.OneQubitGates!.Value, two.TwoQubitGates!.Value));
    }

    [Fact]
    public void An_estimate_made_by_hand_names_no_backend_and_no_amount()
    {
        Assert.Equal(": not estimated", new JobCostEstimate().ToString());
    }

    [Fact]
    public void Amounts_are_rounded_to_six_places_and_shown_with_two_to_six()
    {
        Assert.Equal(0.123457m, Estimate(1, new Cost { Granularity = "job", Currency = "USD", Value = 0.1234567 }).Amount);
        Assert.Equal("3.30 USD", JobCostEstimate.Money(3.3m, null));
        Assert.Equal("0.00015 EUR", JobCostEstimate.Money(0.00015m, "EUR"));
        Assert.Equal("12.123457 USD", JobCostEstimate.Money(12.1234567m, "USD"));
    }

    [Fact]
    public void A_backend_that_lists_no_prices_is_free()
    {
        var estimate = JobCostEstimate.For(new Backend { Id = "listed.id" },
            new CreateJobRequest { BackendId = "asked.id", Shots = 1, Input = Circuits.Bell() });
        Assert.Equal(("listed.id", true, "free"), (estimate.BackendId, estimate.Free, estimate.Summary));
    }
}
