# The recipes of about_KipuHub_Automation run as written, each in its own pwsh -NonInteractive the way a
# runbook runs: the module autoloads from PSModulePath and the endpoint comes from KQH_ENDPOINT. Azure
# Automation's asset cmdlets are the only stand-ins; their values live in a file the test reads back.

BeforeDiscovery {
    $topic = Get-Content -Raw (Join-Path $PSScriptRoot '../../docs/help/about_KipuHub_Automation.md')
    $script:recipes = foreach ($section in [regex]::Split($topic, '(?m)^## ') | Select-Object -Skip 1) {
        $heading = ($section -split "`n", 2)[0].Trim()
        foreach ($block in [regex]::Matches($section, '(?ms)^```powershell\n(?<code>.*?)^```')) {
            @{ Heading = $heading; Code = $block.Groups['code'].Value }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest
    $script:organization = Get-TestOrganization $script:emulator 'automation-recipes'
    $script:modulePath = Split-Path (Split-Path (Split-Path $env:KIPUHUB_MODULE_PATH))

    # A runbook: Azure Automation's asset cmdlets over a JSON file, then the recipe exactly as the topic has it.
    function Invoke-Runbook {
        param([string] $Code, [hashtable] $Assets)
        $assetFile = Join-Path $TestDrive 'assets.json'
        $Assets | ConvertTo-Json | Set-Content $assetFile
        $standIns = @"
function Get-AutomationVariable { param([string] `$Name) (Get-Content -Raw '$assetFile' | ConvertFrom-Json).`$Name }
function Set-AutomationVariable {
    param([string] `$Name, `$Value)
    `$assets = Get-Content -Raw '$assetFile' | ConvertFrom-Json -AsHashtable
    `$assets[`$Name] = `$Value
    `$assets | ConvertTo-Json | Set-Content '$assetFile'
}
function Get-AutomationPSCredential {
    param([string] `$Name)
    [pscredential]::new('runbook', (ConvertTo-SecureString (Get-AutomationVariable -Name 'KipuHubToken') -AsPlainText -Force))
}
"@
        # A recipe that names a vault finds one registered, as an Automation account's would be: a SecretStore in a
        # temporary HOME holding the token.
        if ($Code -match '-Vault') {
            $standIns += @"

Reset-SecretStore -Authentication None -Interaction None -Force -WarningAction SilentlyContinue -Confirm:`$false
Register-SecretVault -Name KipuHubVault -ModuleName Microsoft.PowerShell.SecretStore
Set-Secret -Name KipuHubToken -Secret (Get-AutomationVariable -Name 'KipuHubToken') -Vault KipuHubVault
"@
        }
        $runbook = Join-Path $TestDrive 'runbook.ps1'
        Set-Content $runbook ($standIns + "`n" + $Code)
        $errors = Join-Path $TestDrive 'stderr.txt'
        $saved = $env:KQH_ENDPOINT, $env:PSModulePath, $env:HOME
        try {
            $env:HOME = (New-Item -ItemType Directory (Join-Path $TestDrive ([guid]::NewGuid().ToString('N')))).FullName
            $env:KQH_ENDPOINT = $script:emulator.Root
            $env:PSModulePath = $script:modulePath + [IO.Path]::PathSeparator + $env:PSModulePath
            $output = pwsh -NoProfile -NonInteractive -File $runbook 2> $errors
            [pscustomobject]@{
                ExitCode = $LASTEXITCODE
                Output   = ($output -join "`n") -replace '\e\[[0-9;]*m'
                Errors   = Get-Content -Raw $errors
                Assets   = Get-Content -Raw $assetFile | ConvertFrom-Json
            }
        } finally {
            $env:KQH_ENDPOINT, $env:PSModulePath, $env:HOME = $saved
        }
    }

    function Get-Assets {
        @{ KipuHubToken = $script:DevToken; KipuHubOrganization = $script:organization.Id; KipuHubPendingJobs = '' }
    }

    function Get-EmulatorDataPoolName {
        $null = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken)
        (Get-QHubDataPool).Name
    }
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'about_KipuHub_Automation' {
    It 'has recipes in every section that promises one' -ForEach @{ Headings = @($script:recipes.Heading | Sort-Object -Unique) } {
        $Headings | Should -Be @(
            'Confirming without a prompt', 'Failing clearly', 'Getting the token without a prompt', 'Parallel work',
            'Running again after a crash', 'Spending limits', 'Timeouts and long waits')
    }

    It 'runs the recipe of "<Heading>" as written under -NonInteractive' -ForEach $script:recipes {
        $null = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken)
        $assets = Get-Assets
        $running = 1..2 | ForEach-Object { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) }
        $assets.KipuHubPendingJobs = $running.Id -join ','

        $run = Invoke-Runbook -Code $Code -Assets $assets

        $run.Errors | Should -BeNullOrEmpty
        $run.ExitCode | Should -Be 0
        switch ($Heading) {
            'Failing clearly' { ($run.Output -split "`n" | Where-Object { $_ -match '^(00|11) █+ +\d+' }).Count | Should -Be 2 }
            'Getting the token without a prompt' { if ($Code -match '-Vault') { $run.Output | Should -Match 'ONLINE' } }
            'Spending limits' {
                $run.Output | Should -Match '30\.3'
                $run.Output | Should -Match 'Not sent: .*above -MaxCost 5'
                Get-EmulatorJob $script:emulator | Where-Object backend_id -EQ aws.ionq.aria | Should -BeNullOrEmpty
            }
            'Confirming without a prompt' { Get-EmulatorDataPoolName | Should -Not -Match '^nightly-scratch' }
            'Running again after a crash' {
                $run.Output | Should -Match '5 jobs in nightly-'
                $again = Invoke-Runbook -Code $Code -Assets $assets
                $again.Errors | Should -BeNullOrEmpty
                $again.Output | Should -Be $run.Output -Because 'the second run returns the jobs the first made, and makes none'
            }
            'Parallel work' {
                if ($Code -match 'catch') {
                    $run.Output | Should -Match 'no-such-job +failed: JobNotFound'
                    $run.Output | Should -Match '[0-9a-f]{8}-\S+ +COMPLETED'
                }
                else { ($run.Output -split "`n" | Where-Object { $_ -match '^[0-9a-f]{8}-.*COMPLETED' }).Count | Should -Be 8 }
            }
            'Timeouts and long waits' {
                foreach ($id in $running.Id) { $run.Output | Should -Match "Job $id on aws.sim.sv1" }
                $run.Assets.KipuHubPendingJobs | Should -BeNullOrEmpty
            }
        }
    }

    It 'shows why: a High-impact cmdlet without -Confirm:$false fails in a runbook and deletes nothing' -ForEach (
        $script:recipes | Where-Object Heading -EQ 'Confirming without a prompt') {
        $run = Invoke-Runbook -Code ($Code -replace ' -Confirm:\$false') -Assets (Get-Assets)

        $run.ExitCode | Should -Not -Be 0
        $run.Errors | Should -Match 'NonInteractive'
        # The console wraps the message: read it as one line.
        ($run.Errors -replace '\s*\n\s*\|?\s*', ' ') | Should -Match 'Nothing was changed\. To go ahead without a prompt, add -Confirm:\$false \(or -Force\)'
        Get-EmulatorDataPoolName | Should -Match '^nightly-scratch'
    }
}
