namespace KipuHub.PowerShell.Completers;

/// <summary>Completes a budget's -Currency with the currencies the Hub bills in.</summary>
public sealed class CurrencyCompleter : ValueSetCompleter
{
    protected override IEnumerable<IdTip> Values => new[] { new IdTip("USD", "US dollar"), new IdTip("EUR", "euro") };
}

/// <summary>Completes a managed service's -GpuAccelerator with the accelerators the Platform API names.</summary>
public sealed class GpuAcceleratorCompleter : ValueSetCompleter
{
    protected override IEnumerable<IdTip> Values =>
        new[] { "NVIDIA_TESLA_T4", "NVIDIA_TESLA_V100", "NVIDIA_TESLA_A100", "NVIDIA_TESLA_P100", "NONE" }.Select(a => new IdTip(a, a));
}
