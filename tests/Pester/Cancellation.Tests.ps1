BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest -Connect

    # Runs a command in a runspace of its own, as a user's console would, once it has reached the Hub.
    function Start-InOtherRunspace {
        param([string] $Command, [string] $Location)
        $shell = [powershell]::Create()
        $null = $shell.AddScript(@"
Set-Location '$Location'
Import-Module '$env:KIPUHUB_MODULE_PATH'
Connect-QHub -Endpoint '$($script:emulator.Root)' -Token (ConvertTo-SecureString '$($script:DevToken)' -AsPlainText -Force)
Write-Information 'started'
$Command
"@)
        $null = $shell.BeginInvoke()
        $deadline = [DateTime]::UtcNow.AddSeconds(20)
        while ($shell.Streams.Information.Count -eq 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        # In flight means inside the slow request: the emulator's fault has fired, however slow this machine is.
        while (-not (Get-EmulatorFaultHit) -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
        $shell
    }

    function Get-EmulatorFaultHit {
        $rules = Invoke-RestMethod "$($script:emulator.Root)/_emulator/faults" -Headers @{ 'X-Auth-Token' = $script:DevToken }
        @($rules | Where-Object Hits -GT 0).Count -gt 0
    }

    # What Ctrl+C does: PowerShell.Stop() from another thread, which returns once the pipeline has stopped. The request in
    # flight is held for two minutes: a stop that waits for it is caught by a bound far from both, not by a second.
    function Measure-Stop {
        param($Shell)
        $Shell.InvocationStateInfo.State | Should -Be 'Running' -Because 'the command must still be in flight when it is stopped'
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $Shell.Stop()
        $watch.Elapsed.TotalSeconds
    }
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Ctrl+C' {
    AfterEach { Invoke-RestMethod "$($script:emulator.Root)/_emulator/faults" -Method Delete -Headers @{ 'X-Auth-Token' = $script:DevToken } }

    It 'stops Wait-QHubJob without waiting out a poll in flight' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        Add-EmulatorFault $script:emulator @{ path = "/quantum/jobs/$($job.Id)/status"; kind = 'latency'; latency_ms = 120000; count = 5 }
        $shell = Start-InOtherRunspace -Location $TestDrive -Command "Wait-QHubJob -Id '$($job.Id)' -PollInterval 0.1"
        try {
            Measure-Stop $shell | Should -BeLessThan 30 -Because 'the stop must not wait out the two minutes the request is held'
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'
        } finally { $shell.Dispose() }
    }

    It 'stops Save-QHubJobResult without waiting out a stalled download and leaves no file' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) | Wait-QHubJob -PollInterval 0.1
        Add-EmulatorFault $script:emulator @{ path = "/quantum/jobs/$($job.Id)/result-stream"; kind = 'stall'; latency_ms = 120000; count = 5 }
        $folder = Join-Path $TestDrive 'stopped'
        $null = New-Item -ItemType Directory $folder
        $shell = Start-InOtherRunspace -Location $folder -Command "Save-QHubJobResult -Id '$($job.Id)' -Path result.json"
        try {
            # The stall fired when the answer began; the file appears once its first bytes arrive.
            $deadline = [DateTime]::UtcNow.AddSeconds(10)
            while (-not (Get-ChildItem $folder -Force -Filter '*.partial') -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
            @(Get-ChildItem $folder -Force -Filter '*.partial').Count | Should -Be 1 -Because 'the download has begun'
            Measure-Stop $shell | Should -BeLessThan 30 -Because 'the stop must not wait out the two minutes the request is held'
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'
            @(Get-ChildItem $folder -Force).Count | Should -Be 0
        } finally { $shell.Dispose() }
    }

    It 'stops a paged Get-QHubJob -All without waiting out a page in flight' {
        1..3 | ForEach-Object { $null = New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input (New-BellCircuit) }
        Add-EmulatorFault $script:emulator @{ method = 'GET'; path = '/quantum/jobs'; kind = 'latency'; latency_ms = 120000; count = 5 }
        $shell = Start-InOtherRunspace -Location $TestDrive -Command 'Get-QHubJob -All -PageSize 1'
        try {
            Measure-Stop $shell | Should -BeLessThan 30 -Because 'the stop must not wait out the two minutes the request is held'
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'
        } finally { $shell.Dispose() }
    }
}

Describe 'Progress of Save-QHubJobResult' {
    It 'completes the progress bar of every download' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) | Wait-QHubJob -PollInterval 0.1
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript(@"
Import-Module '$env:KIPUHUB_MODULE_PATH'
Connect-QHub -Endpoint '$($script:emulator.Root)' -Token (ConvertTo-SecureString '$($script:DevToken)' -AsPlainText -Force)
Save-QHubJobResult -Id '$($job.Id)' -Path '$(Join-Path $TestDrive 'progress.json')'
"@)
            $null = $shell.Invoke()
            $shell.HadErrors | Should -BeFalse
            $records = @($shell.Streams.Progress | Where-Object ActivityId -EQ 2)
            $records[-1].RecordType | Should -Be 'Completed'
        } finally { $shell.Dispose() }
    }
}
