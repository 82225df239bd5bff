#Requires -Version 7.2
<#
.SYNOPSIS
    Builds, stages, tests and demonstrates the KipuHub module. Needs only pwsh and the .NET SDK.
.DESCRIPTION
    -Task Build   builds and stages out/KipuHub/<version>/, ready for Import-Module or publishing (default).
    -Task Test    runs dotnet test, then the Pester suite when Pester 5 is installed.
    -Task Pester  runs only the Pester suite against the staged module and a local emulator.
    -Task Demo    starts the emulator and runs the main job through the cmdlets.
    -Task Package stages the folder a Gallery user receives and, with PSResourceGet, publishes it to a local
                  file repository and saves it back from there as a smoke test.
    -Task Mutation runs Stryker.NET (dotnet tool restore) on the files of mutation/scope.psd1, or those -Files names
                  (wildcards), and prints killed, survived, timeouts and no coverage per file. Slow: by hand, never in CI.
.EXAMPLE
    ./build.ps1 -Task Demo
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Pester', 'Demo', 'Package', 'Mutation')]
    [string] $Task = 'Build',
    # For -Task Mutation: which files of mutation/scope.psd1 (wildcards, such as *Pager*, or '*Pager*,*Redaction*'); all by default.
    [string[]] $Files = @('*'),
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',
    # Where -Task Pester writes "passed failed skipped" for .ci/run.
    [string] $ResultFile
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
# The pwsh running this script, for child processes: .ci/run may have installed it off PATH.
$pwsh = [Environment]::ProcessPath

function Get-KipuHubVersion {
    $props = [xml](Get-Content -Raw (Join-Path $root 'Directory.Build.props'))
    $props.Project.PropertyGroup.KipuHubVersion | Where-Object { $_ } | Select-Object -First 1
}

function Invoke-DotNet {
    # Out-Host keeps dotnet's output out of the functions' return values. Callers quote '-name:value'
    # arguments: PowerShell splits an unquoted -t:Stage passed through @args into '-t:' and 'Stage'.
    & dotnet @args | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    param([switch] $RequireHelp)
    $version = Get-KipuHubVersion
    Invoke-DotNet build (Join-Path $root 'src/KipuHub.PowerShell/KipuHub.PowerShell.csproj') -c $Configuration '-t:Stage' --nologo '-v:minimal'
    Invoke-DotNet build (Join-Path $root 'src/KipuHub.Emulator/KipuHub.Emulator.csproj') -c $Configuration --nologo '-v:minimal'
    $stage = Join-Path $root "out/KipuHub/$version"
    $manifest = Join-Path $stage 'KipuHub.psd1'
    # One version number: the staged manifest always carries the one of Directory.Build.props.
    (Get-Content -Raw $manifest) -replace "ModuleVersion\s*=\s*'[^']*'", "ModuleVersion          = '$version'" |
        Set-Content -NoNewline -Encoding utf8 $manifest
    $notes = Get-ReleaseNotes $version
    # A script block, not a replacement string: release notes may contain '$'.
    $quoted = "ReleaseNotes = '" + $notes.Replace("'", "''") + "'"
    [regex]::Replace((Get-Content -Raw $manifest), "ReleaseNotes\s*=\s*'[^']*'", { param($match) $quoted }) |
        Set-Content -NoNewline -Encoding utf8 $manifest
    Build-Help -Stage $stage -RequireHelp:$RequireHelp
    if (Test-Path (Join-Path $stage 'en-US')) { $null = Build-UpdatableHelp -Stage $stage -OutputFolder (Join-Path $root "out/help/$version") }
    $null = Test-ModuleManifest $manifest
    Write-Host "Module staged in $stage"
    $stage
}

# The release notes of the manifest are the changelog's section of this version.
function Get-ReleaseNotes {
    param([string] $Version)
    $changelog = Get-Content -Raw (Join-Path $root 'CHANGELOG.md')
    $match = [regex]::Match($changelog, "(?ms)^## \[?$([regex]::Escape($Version))\]?[^\n]*\n(?<notes>.*?)(?=^## |\z)")
    if (-not $match.Success) { throw "CHANGELOG.md has no section for version $Version." }
    $match.Groups['notes'].Value.Trim()
}

# docs/help (PlatyPS markdown) becomes en-US/KipuHub.PowerShell.dll-Help.xml and about_*.help.txt. Without
# platyPS a module staged for local use only warns; -RequireHelp (packaging) refuses to go on.
function Build-Help {
    param([string] $Stage, [switch] $RequireHelp)
    $platyPS = Get-Module -ListAvailable platyPS | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $platyPS) {
        $message = 'PlatyPS is not installed (Install-PSResource platyPS): the staged module has no external help.'
        if ($RequireHelp) { throw "$message A package without help is not published." }
        Write-Warning $message
        return
    }
    Import-Module $platyPS
    $sources = Get-ChildItem (Join-Path $root 'docs/help') -Filter '*.md' | Where-Object Name -NE 'README.md'
    $output = Join-Path $Stage 'en-US'
    $null = New-ExternalHelp -Path $sources.FullName -OutputPath $output -Force -ErrorAction Stop
    # platyPS skips an about topic silently when its markdown is not in the shape it expects.
    $expected = @('KipuHub.PowerShell.dll-Help.xml') + ($sources | Where-Object Name -Like 'about_*' | ForEach-Object { "$($_.BaseName).help.txt" })
    $missing = $expected | Where-Object { -not (Test-Path (Join-Path $output $_)) }
    if ($missing) { throw "platyPS did not produce $($missing -join ', '): check the headings of docs/help (see its README)." }
}

# The help Update-Help installs (Update-Help -Module KipuHub, or -SourcePath offline): HelpInfo.xml and the en-US
# content, published beside the module at the manifest's HelpInfoURI. PowerShell 7 reads the .zip on every system;
# Windows PowerShell reads the .cab, which only MakeCab (Windows) makes: platyPS adds it there.
function Build-UpdatableHelp {
    param([string] $Stage, [string] $OutputFolder)
    $manifest = Import-PowerShellDataFile (Join-Path $Stage 'KipuHub.psd1')
    $guid, $version, $uri = $manifest.GUID, $manifest.ModuleVersion, $manifest.HelpInfoURI
    if (-not $uri) { throw 'KipuHub.psd1 has no HelpInfoURI: Update-Help would not know where to look.' }
    $null = New-Item -ItemType Directory -Force $OutputFolder
    Compress-Archive -Path (Join-Path $Stage 'en-US/*') -DestinationPath (Join-Path $OutputFolder "KipuHub_${guid}_en-US_HelpContent.zip") -Force
    if ($IsWindows -and (Get-Command MakeCab.exe -ErrorAction Ignore)) {
        $cab = Join-Path ([IO.Path]::GetTempPath()) "kipuhub-cab-$([guid]::NewGuid().ToString('N'))"
        $null = New-Item -ItemType Directory $cab
        Push-Location $cab
        try {
            $null = MakeCab.exe /D "CabinetNameTemplate=KipuHub_${guid}_en-US_HelpContent.cab" /D "DiskDirectoryTemplate=$OutputFolder" /F (
                New-CabDirective (Get-ChildItem (Join-Path $Stage 'en-US') -File))
        } finally {
            Pop-Location
            Remove-Item -Recurse -Force $cab
        }
    }
    $helpVersion = ([version]$version).ToString(3) + '.0'
    @"
<?xml version="1.0" encoding="utf-8"?>
<HelpInfo xmlns="http://schemas.microsoft.com/powershell/help/2010/05">
  <HelpContentURI>$uri</HelpContentURI>
  <SupportedUICultures>
    <UICulture>
      <UICultureName>en-US</UICultureName>
      <UICultureVersion>$helpVersion</UICultureVersion>
    </UICulture>
  </SupportedUICultures>
</HelpInfo>
"@ | Set-Content -Encoding utf8 (Join-Path $OutputFolder "KipuHub_${guid}_HelpInfo.xml")
    Write-Host "Updatable help in $OutputFolder"
    $OutputFolder
}

function New-CabDirective {
    param([System.IO.FileInfo[]] $Files)
    $directive = Join-Path (Get-Location) 'help.ddf'
    (@('.Set Cabinet=on', '.Set Compress=on') + ($Files | ForEach-Object { "`"$($_.FullName)`"" })) | Set-Content $directive
    $directive
}

function Get-EmulatorDll {
    Join-Path $root "src/KipuHub.Emulator/bin/$Configuration/net10.0/KipuHub.Emulator.dll"
}

function Invoke-Pester5 {
    param([string] $Stage)
    $pester = Get-Module -ListAvailable Pester | Where-Object Version -GE ([version]'5.0') | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $pester) {
        Write-Host 'Pester tests skipped: Pester 5 is not installed (Install-Module Pester -MinimumVersion 5.0).'
        return $true
    }
    $env:KIPUHUB_MODULE_PATH = Join-Path $Stage 'KipuHub.psd1'
    $env:KIPUHUB_EMULATOR_DLL = Get-EmulatorDll
    # A fresh pwsh: the module is imported the way a user imports it, with nothing loaded before it.
    $script = @'
Import-Module Pester -MinimumVersion 5.0
$configuration = New-PesterConfiguration
$configuration.Run.Path = Join-Path $env:KIPUHUB_ROOT 'tests/Pester'
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $configuration
$static = @($result.Passed | Where-Object { $_.Tag -contains 'Static' }).Count
"$($result.PassedCount) $($result.FailedCount) $($result.SkippedCount) $static" | Set-Content -Path $env:KIPUHUB_PESTER_RESULT
# What failed, one line each, for the end of CI's output.
$result.Failed | ForEach-Object { "$($_.ExpandedPath): $(@($_.ErrorRecord)[0].Exception.Message -split "`n" | Select-Object -First 1)" } |
    Set-Content -Path "$env:KIPUHUB_PESTER_RESULT.failed"
exit $result.FailedCount
'@
    $env:KIPUHUB_ROOT = $root
    $env:KIPUHUB_PESTER_RESULT = if ($ResultFile) { $ResultFile } else { Join-Path ([IO.Path]::GetTempPath()) 'kipuhub-pester.txt' }
    # Out-Host: Pester's output must not become this function's return value.
    & $pwsh -NoProfile -NonInteractive -Command $script | Out-Host
    $LASTEXITCODE -eq 0
}

function Start-Emulator {
    param([int] $Port = 5080)
    $process = Start-Process -FilePath 'dotnet' -ArgumentList @((Get-EmulatorDll), '--urls', "http://127.0.0.1:$Port") -PassThru -NoNewWindow -RedirectStandardOutput (Join-Path ([IO.Path]::GetTempPath()) 'kipuhub-emulator.log')
    $rootUrl = "http://127.0.0.1:$Port"
    foreach ($attempt in 1..100) {
        try {
            $null = Invoke-RestMethod "$rootUrl/" -TimeoutSec 2
            return [pscustomobject]@{ Process = $process; Root = $rootUrl }
        } catch {
            Start-Sleep -Milliseconds 200
        }
    }
    Stop-Process -Id $process.Id -ErrorAction SilentlyContinue
    throw "The emulator did not start on $rootUrl."
}

function Invoke-Demo {
    param([string] $Stage)
    $emulator = Start-Emulator
    try {
        Import-Module (Join-Path $Stage 'KipuHub.psd1') -Force
        Connect-QHub -Endpoint $emulator.Root -Token (ConvertTo-SecureString 'kqh-emulator-dev-token' -AsPlainText -Force)
        Get-QHubContext | Format-List Account, Context, QuantumEndpoint, TokenSource
        Get-QHubBackend -Provider AWS | Format-Table
        $bell = @{
            gateset = 'qis'
            qubits  = 2
            circuit = @(
                @{ type = 'h'; targets = @(0) }
                @{ type = 'cnot'; controls = @(0); targets = @(1) }
            )
        }
        $session = New-QHubSession -BackendId aws.sim.sv1 -Mode batch
        try {
            $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 1000 -Input $bell -SessionId $session.Id -Name bell-pair
            $job | Wait-QHubJob -PollInterval 0.2 | Format-Table
            ($job | Receive-QHubJobResult).counts | Format-List
        } finally {
            $session | Close-QHubSession
            Get-QHubSessionStatus -Id $session.Id | Format-Table
        }
    } finally {
        Stop-Process -Id $emulator.Process.Id -ErrorAction SilentlyContinue
    }
}

function Invoke-Package {
    param([string] $Stage)
    $unexpected = Get-ChildItem $Stage -Recurse -File | Where-Object { $_.Extension -in '.pdb', '.ps1', '.cs', '.json' -or $_.Name -like '*.Tests.*' }
    if ($unexpected) { throw "The package would ship build or test files: $($unexpected.Name -join ', ')" }
    if (-not (Get-Module -ListAvailable Microsoft.PowerShell.PSResourceGet)) {
        Write-Warning 'PSResourceGet is not installed: the package is staged but not published to a local repository.'
        return
    }
    $feed = Join-Path ([IO.Path]::GetTempPath()) "kipuhub-feed-$([guid]::NewGuid().ToString('N'))"
    $saved = Join-Path ([IO.Path]::GetTempPath()) "kipuhub-saved-$([guid]::NewGuid().ToString('N'))"
    $null = New-Item -ItemType Directory $feed, $saved
    $repository = 'KipuHubLocal' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    Register-PSResourceRepository -Name $repository -Uri $feed -Trusted
    try {
        Publish-PSResource -Path $Stage -Repository $repository -ErrorAction Stop
        Save-PSResource -Name KipuHub -Repository $repository -Path $saved -TrustRepository -ErrorAction Stop
        $count = & $pwsh -NoProfile -Command "Import-Module (Join-Path '$saved' 'KipuHub'); (Get-Command -Module KipuHub).Count"
        $expected = (Import-PowerShellDataFile (Join-Path $Stage 'KipuHub.psd1')).CmdletsToExport.Count
        if ([int]$count -ne $expected) { throw "The package installed from the local repository exports $count cmdlets, not $expected." }
        Write-Host "Published to $feed and saved back from it: $count cmdlets."
    } finally {
        Unregister-PSResourceRepository -Name $repository
        Remove-Item -Recurse -Force $saved
    }
}

function Get-MutationGroup {
    param([string[]] $Files)
    # From bash (pwsh ./build.ps1 -Files '*A*','*B*') the list arrives as one string "*A*,*B*".
    $Files = @($Files | ForEach-Object { $_ -split ',' } | ForEach-Object Trim)
    foreach ($group in (Import-PowerShellDataFile (Join-Path $root 'mutation/scope.psd1')).Groups) {
        $chosen = @($group.Files | Where-Object { $file = $_; $Files | Where-Object { $file -like $_ } })
        if ($chosen) { @{ Project = $group.Project; Files = $chosen; Tests = $group.Tests } }
    }
}

# Killed, survived, timeouts, no coverage and compile errors per file, from Stryker's JSON report.
function Read-MutationReport {
    param([string] $Report)
    $files = (Get-Content -Raw $Report | ConvertFrom-Json -AsHashtable).files
    foreach ($path in $files.Keys) {
        $statuses = @($files[$path].mutants | ForEach-Object { $_.status })
        if (-not $statuses) { continue }
        $count = { param($status) @($statuses | Where-Object { $_ -eq $status }).Count }
        $killed, $survived, $timeout, $none = (& $count Killed), (& $count Survived), (& $count Timeout), (& $count NoCoverage)
        $valid = $killed + $survived + $timeout + $none
        [pscustomobject]@{
            File = [IO.Path]::GetRelativePath((Join-Path $root 'src'), $path); Killed = $killed; Survived = $survived
            Timeout = $timeout; NoCoverage = $none; CompileError = (& $count CompileError)
            Score = if ($valid) { '{0:0.0}%' -f (100 * ($killed + $timeout) / $valid) } else { 'n/a' }
        }
    }
}

function Invoke-Mutation {
    param([string[]] $Files)
    Invoke-DotNet tool restore
    $groups = @(Get-MutationGroup -Files $Files)
    if (-not $groups) { throw "No file of mutation/scope.psd1 matches $($Files -join ', ')." }
    $output = Join-Path $root 'out/mutation'
    $rows = foreach ($group in $groups) {
        $name = [IO.Path]::GetFileNameWithoutExtension($group.Files[0])
        $config = Join-Path ([IO.Path]::GetTempPath()) "stryker-$name-$([guid]::NewGuid().ToString('N')).json"
        @{ 'stryker-config' = @{
                project = $group.Project; mutate = @($group.Files | ForEach-Object { "**/$_" }); 'coverage-analysis' = 'off'
                'test-case-filter' = $group.Tests; reporters = @('json', 'progress'); configuration = 'Release'
                # ConfigureAwait(false) -> true changes nothing a test can see: the client has no context to return to.
                'ignore-methods' = @('ConfigureAwait')
                concurrency = [Environment]::ProcessorCount
            } } | ConvertTo-Json -Depth 4 | Set-Content $config
        Push-Location (Join-Path $root 'tests/Unit')
        try {
            Invoke-DotNet dotnet-stryker --config-file $config --output (Join-Path $output $name)
        } finally {
            Pop-Location
            Remove-Item $config
        }
        Read-MutationReport (Join-Path $output "$name/reports/mutation-report.json")
    }
    # Stryker leaves its last mutated assembly in the test project's output: build the real ones again.
    Invoke-DotNet build (Join-Path $root 'tests/Unit/KipuHub.Tests.Unit.csproj') -c Release --no-incremental '-v:minimal'

    $rows | Format-Table -AutoSize | Out-Host
    $rows
}

# Dot-sourced (tests/Pester/Build.Tests.ps1), the script only defines its functions.
if ($MyInvocation.InvocationName -ne '.') {
    switch ($Task) {
        'Build' { $null = Invoke-Build }
        'Test' {
            Invoke-DotNet test (Join-Path $root 'KipuHub.sln') -c $Configuration
            $stage = Invoke-Build
            if (-not (Invoke-Pester5 -Stage $stage)) { throw 'Pester tests failed.' }
        }
        'Pester' {
            $stage = Invoke-Build
            if (-not (Invoke-Pester5 -Stage $stage)) { exit 1 }
        }
        'Demo' {
            $stage = Invoke-Build
            Invoke-Demo -Stage $stage
        }
        'Package' {
            $stage = Invoke-Build -RequireHelp
            Invoke-Package -Stage $stage
        }
        'Mutation' { $null = Invoke-Mutation -Files $Files }
    }
}
