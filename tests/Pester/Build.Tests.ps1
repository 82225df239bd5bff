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

    It 'turns every cmdlet page and about topic of docs/help into external help' -Skip:(-not (Get-Module -ListAvailable platyPS)) {
        Build-Help -Stage $TestDrive
        $produced = (Get-ChildItem (Join-Path $TestDrive 'en-US')).Name
        $produced | Should -Contain 'KipuHub.PowerShell.dll-Help.xml'
        foreach ($topic in Get-ChildItem (Join-Path $PSScriptRoot '../../docs/help') -Filter 'about_*.md') {
            $produced | Should -Contain "$($topic.BaseName).help.txt"
        }
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
