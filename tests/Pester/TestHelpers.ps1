# Shared by the Pester files: a fresh emulator per file on a free loopback port, and the staged module.
# build.ps1 -Task Pester sets KIPUHUB_MODULE_PATH and KIPUHUB_EMULATOR_DLL.

$script:DevToken = 'kqh-emulator-dev-token'
# A second user of every test emulator, for sharing, invitations and membership across two users.
$script:SecondToken = 'kqh-second-user-token'
$script:SecondEmail = 'second@emulator.local'

function Get-FreePort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Start-TestEmulator {
    param([string[]] $ExtraArguments = @())
    $port = Get-FreePort
    $root = "http://127.0.0.1:$port"
    $arguments = @($env:KIPUHUB_EMULATOR_DLL, '--urls', $root, '--job-pending-ms', '500', '--job-running-ms', '1000',
        '--user', "$script:SecondToken=$script:SecondEmail") + $ExtraArguments
    $log = Join-Path ([IO.Path]::GetTempPath()) "kipuhub-emulator-$port.log"
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -PassThru -RedirectStandardOutput $log
    foreach ($attempt in 1..150) {
        try {
            $null = Invoke-RestMethod "$root/" -TimeoutSec 2
            return [pscustomobject]@{ Process = $process; Root = $root }
        } catch {
            Start-Sleep -Milliseconds 100
        }
    }
    Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
    throw "The emulator did not start on $root; see $log."
}

function Stop-TestEmulator {
    param($Emulator)
    if ($Emulator) { Stop-Process -Id $Emulator.Process.Id -Force -ErrorAction SilentlyContinue }
}

function Get-DevToken { ConvertTo-SecureString $script:DevToken -AsPlainText -Force }

function Get-SecondToken { ConvertTo-SecureString $script:SecondToken -AsPlainText -Force }

# What each file's BeforeAll does: import the staged module, start an emulator, and connect to it if asked.
function Initialize-KipuHubTest {
    param([switch] $Connect)
    Import-Module $env:KIPUHUB_MODULE_PATH -Force
    $emulator = Start-TestEmulator
    if ($Connect) { $null = Connect-TestHub $emulator }
    $emulator
}

function Complete-KipuHubTest {
    param($Emulator)
    Disconnect-QHub
    Stop-TestEmulator $Emulator
}

function Connect-TestHub {
    param($Emulator, [string] $Organization)
    $parameters = @{ Endpoint = $Emulator.Root; Token = (Get-DevToken); PassThru = $true }
    if ($Organization) { $parameters.OrganizationId = (Get-TestOrganization $Emulator $Organization).Id }
    Connect-QHub @parameters
}

# The dev user's organization of this name, made on first use: Connect-QHub and Set-QHubContext verify an
# organization, so tests work in real ones. Leaves this session connected in the personal context.
function Get-TestOrganization {
    param($Emulator, [string] $Name)
    $null = Connect-QHub -Endpoint $Emulator.Root -Token (Get-DevToken)
    $existing = Get-QHubOrganization | Where-Object Name -EQ $Name
    if ($existing) { $existing } else { New-QHubOrganization -Name $Name }
}

# Every job the emulator holds, across organizations: to prove that -WhatIf or a failure created nothing.
function Get-EmulatorJob {
    param($Emulator)
    # Invoke-RestMethod writes a JSON array as one object: returned through a variable, it is enumerated.
    $jobs = Invoke-RestMethod "$($Emulator.Root)/_emulator/jobs" -Headers @{ 'X-Auth-Token' = $script:DevToken }
    $jobs
}

# The emulator's request counts start over: what a test counts next is its own.
function Clear-EmulatorStats {
    param($Emulator)
    $null = Invoke-RestMethod "$($Emulator.Root)/_emulator/stats" -Method Delete -Headers @{ 'X-Auth-Token' = $script:DevToken }
}

# The Hub operations the emulator served since its counts were cleared, as Test-QHubApiCompatibility names them:
# Api.OperationId (Quantum, Platform, User; the gateway's are left out).
function Get-EmulatorOperation {
    param($Emulator)
    $apis = @{ 'quantum' = 'Quantum'; 'qc-catalog' = 'Platform'; 'user-service' = 'User' }
    $served = Invoke-RestMethod "$($Emulator.Root)/_emulator/operations" -Headers @{ 'X-Auth-Token' = $script:DevToken }
    foreach ($name in $served.PSObject.Properties.Name) {
        $api, $operation = $name -split '\.', 2
        if ($apis.ContainsKey($api)) { "$($apis[$api]).$operation" }
    }
}

# The gateway operations a service's API served since the counts were cleared (getStatus, startExecution, ...).
function Get-EmulatorGatewayOperation {
    param($Emulator)
    $served = Invoke-RestMethod "$($Emulator.Root)/_emulator/operations" -Headers @{ 'X-Auth-Token' = $script:DevToken }
    $served.PSObject.Properties.Name | Where-Object { $_ -like 'gateway-service.*' }
}

function Add-EmulatorFault {
    param($Emulator, [hashtable] $Rule)
    $null = Invoke-RestMethod "$($Emulator.Root)/_emulator/faults" -Method Post -ContentType 'application/json' -Body ($Rule | ConvertTo-Json) -Headers @{ 'X-Auth-Token' = $script:DevToken }
}

function New-BellCircuit {
    @{
        gateset = 'qis'
        qubits  = 2
        circuit = @(
            @{ type = 'h'; targets = @(0) }
            @{ type = 'cnot'; controls = @(0); targets = @(1) }
        )
    }
}

# The values a status or other open enumeration of the client knows: the module's assemblies load privately, so
# their types are found through the loaded assembly, not by name.
function Get-KnownValue {
    param([string] $TypeName)
    $client = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'KipuHub.Client' }
    $client.GetType("KipuHub.Client.$TypeName", $true)::KnownValues.Value
}
