BeforeAll {
    # Dot-sourced, build.ps1 only defines its functions.
    . (Join-Path $PSScriptRoot '../../build.ps1')
}

Describe 'build.ps1' {
    It 'passes -name:value arguments to dotnet whole' {
        Mock dotnet { $script:dotnetArguments = $args; throw 'recorded' }
        { Invoke-Build } | Should -Throw '*recorded*'
        $script:dotnetArguments | Should -Contain '-t:Stage'
        $script:dotnetArguments | Should -Contain '-v:minimal'
    }

    It 'picks the mutation groups whose files -Files names, and every file of scope.psd1 exists' {
        $all = @(Get-MutationGroup -Files '*')
        foreach ($group in $all) {
            $project = [IO.Path]::GetFileNameWithoutExtension($group.Project)
            foreach ($file in $group.Files) { Join-Path $PSScriptRoot "../../src/$project/$file" | Should -Exist }
        }
        $pager = @(Get-MutationGroup -Files '*Pager*')
        $pager.Files | Should -Be @('Core/Paging/Pager.cs')
        $pager.Tests | Should -Match 'PagerTests'
        # As bash hands pwsh -File a list: one string.
        @(Get-MutationGroup -Files '*Pager*,*Redaction*').Files | Should -Be @('Core/Paging/Pager.cs', 'Core/Redaction.cs')
    }

    It 'reads killed, survived, timeouts and no coverage per file from a Stryker report' {
        $report = Join-Path $TestDrive 'mutation-report.json'
        $file = Join-Path $PSScriptRoot '../../src/KipuHub.Client/Core/Paging/Pager.cs'
        @{ files = @{ $file = @{ mutants = @(
                        @{ status = 'Killed' }, @{ status = 'Killed' }, @{ status = 'Survived' }, @{ status = 'Timeout' },
                        @{ status = 'NoCoverage' }, @{ status = 'CompileError' }) } } } | ConvertTo-Json -Depth 5 | Set-Content $report
        $row = Read-MutationReport $report
        $row.Killed, $row.Survived, $row.Timeout, $row.NoCoverage, $row.CompileError | Should -Be @(2, 1, 1, 1, 1)
        $row.Score | Should -Be ('{0:0.0}%' -f 60)
        $row.File | Should -Be ([IO.Path]::Combine('KipuHub.Client', 'Core', 'Paging', 'Pager.cs'))
    }

    It 'turns every cmdlet page and about topic of docs/help into external help' -Skip:(-not (Get-Module -ListAvailable platyPS)) {
        Build-Help -Stage $TestDrive
        $produced = (Get-ChildItem (Join-Path $TestDrive 'en-US')).Name
        $produced | Should -Contain 'KipuHub.PowerShell.dll-Help.xml'
        foreach ($topic in Get-ChildItem (Join-Path $PSScriptRoot '../../docs/help') -Filter 'about_*.md') {
            $produced | Should -Contain "$($topic.BaseName).help.txt"
        }
    }

    It 'makes help that Update-Help -SourcePath installs offline for a module without it' -Skip:(-not (Get-Module -ListAvailable platyPS)) {
        $version = Get-KipuHubVersion
        $module = Join-Path $TestDrive "modules/KipuHub/$version"
        $null = New-Item -ItemType Directory $module
        Copy-Item (Join-Path $PSScriptRoot '../../KipuHub.psd1') $module
        Build-Help -Stage $module
        $source = Build-UpdatableHelp -Stage $module -OutputFolder (Join-Path $TestDrive 'help-source')
        @(Get-ChildItem $source).Name | Should -Contain "KipuHub_$((Import-PowerShellDataFile (Join-Path $module 'KipuHub.psd1')).GUID)_HelpInfo.xml"
        # The module as a user receives it, but without its help; Update-Help writes to the user's help folder, here a new HOME.
        Copy-Item -Recurse (Join-Path $env:KIPUHUB_MODULE_PATH '..' '*') $module -Exclude 'en-US' -Force
        Remove-Item -Recurse (Join-Path $module 'en-US')
        $userHome = (New-Item -ItemType Directory (Join-Path $TestDrive 'home')).FullName
        $script = "Update-Help -Module KipuHub -SourcePath '$source' -UICulture en-US -Force -ErrorAction Stop; (Get-Help Connect-QHub).Synopsis; (Get-Help Connect-QHub -Full | Out-String) -match 'first variable set winning'"
        $saved = $env:HOME, $env:PSModulePath
        try {
            $env:HOME = $userHome
            $env:PSModulePath = (Join-Path $TestDrive 'modules') + [IO.Path]::PathSeparator + $env:PSModulePath
            $before = & ([Environment]::ProcessPath) -NoProfile -NonInteractive -Command '(Get-Help Connect-QHub).Synopsis'
            $output = & ([Environment]::ProcessPath) -NoProfile -NonInteractive -Command $script
        } finally {
            $env:HOME, $env:PSModulePath = $saved
        }
        "$before" | Should -Not -Match 'Connects this PowerShell session' -Because 'the module had no help before'
        $output[0] | Should -Match 'Connects this PowerShell session to the Kipu Quantum Hub'
        $output[1] | Should -Be 'True'
    }

    Context 'without platyPS' {
        BeforeEach { Mock Get-Module { } -ParameterFilter { $Name -eq 'platyPS' } }

        It 'stages for local use with a warning' {
            $warnings = Build-Help -Stage $TestDrive 3>&1
            "$warnings" | Should -Match 'no external help'
        }

        It 'refuses to package' {
            { Build-Help -Stage $TestDrive -RequireHelp } | Should -Throw '*not published*'
        }
    }
}
