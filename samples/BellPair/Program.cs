using System.Management.Automation;
using System.Management.Automation.Runspaces;
using KipuHub.Emulator;

// The README's main command: a Bell pair through the cmdlets a user types, in a PowerShell hosted in this program.
// Runs against a Hub given as the first argument (a running emulator: http://127.0.0.1:5080, with
// KQH_PERSONAL_ACCESS_TOKEN for a real Hub), or starts an emulator in this process when none is given.
await using var emulator = args.Length == 0 ? await EmulatorHost.StartAsync() : null;
var root = args.Length == 0 ? emulator!.RootUrl : new Uri(args[0]);
var token = Environment.GetEnvironmentVariable("KQH_PERSONAL_ACCESS_TOKEN") ?? EmulatorOptions.DevToken;

// The cmdlet assembly and the module's views, as the build put them beside this program.
var module = Path.Combine(AppContext.BaseDirectory, "KipuHub.PowerShell.dll");
var views = Path.Combine(AppContext.BaseDirectory, "KipuHub.Format.ps1xml");

const string Script = """
    param($Module, $Views, $Endpoint, $Token)
    $ErrorActionPreference = 'Stop'
    Import-Module $Module
    Update-FormatData -PrependPath $Views
    Connect-QHub -Endpoint $Endpoint -Token (ConvertTo-SecureString $Token -AsPlainText -Force)
    "Hub: $Endpoint"
    Get-QHubBackend -Provider AWS | Format-Table | Out-String -Width 100
    $session = New-QHubSession -BackendId aws.sim.sv1 -Mode batch -Provider AWS
    "Session $($session.Id) is $($session.Status)"
    try {
        $bell = @{ gateset = 'qis'; qubits = 2; circuit = @(
            @{ type = 'h'; targets = @(0) }
            @{ type = 'cnot'; controls = @(0); targets = @(1) }) }
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 1000 -Input $bell -Name bell-pair -SessionId $session.Id
        "Job $($job.Id) submitted ($($job.Status))"
        $job | Wait-QHubJob -PollInterval 0.2 -Timeout 300 | Receive-QHubJobResult | Out-String -Width 80
    } finally {
        $session | Close-QHubSession
        "Session $($session.Id) is $((Get-QHubSessionStatus -Id $session.Id).Status)"
    }
    """;

using var powershell = PowerShell.Create(InitialSessionState.CreateDefault2());
powershell.AddScript(Script).AddParameters(new Dictionary<string, object>
{
    ["Module"] = module,
    ["Views"] = views,
    ["Endpoint"] = root.ToString().TrimEnd('/'),
    ["Token"] = token,
});
try
{
    foreach (var line in powershell.Invoke()) Console.WriteLine(line);
}
catch (RuntimeException e)
{
    Console.Error.WriteLine($"{e.ErrorRecord.FullyQualifiedErrorId}: {e.Message}");
    return 1;
}
foreach (var error in powershell.Streams.Error) Console.Error.WriteLine(error);
return powershell.HadErrors ? 1 : 0;
