BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'The staged module' {
    It 'imports in well under a second without touching the network' {
        $elapsed = Measure-Command { pwsh -NoProfile -Command "Import-Module '$env:KIPUHUB_MODULE_PATH'; exit 0" }
        $bare = Measure-Command { pwsh -NoProfile -Command 'exit 0' }
        ($elapsed - $bare).TotalSeconds | Should -BeLessThan 1
    }

    It 'exports exactly the cmdlets of its manifest' {
        Import-Module $env:KIPUHUB_MODULE_PATH -Force
        $manifest = Import-PowerShellDataFile $env:KIPUHUB_MODULE_PATH
        $exported = (Get-Command -Module KipuHub).Name | Sort-Object
        $exported | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }

    It 'loads the client privately: its assemblies are not in the default load context' {
        Import-Module $env:KIPUHUB_MODULE_PATH -Force
        $emulator = Start-TestEmulator
        try {
            $null = Connect-TestHub $emulator
            $null = Get-QHubBackend
            $client = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'KipuHub.Client' }
            $client | Should -Not -BeNullOrEmpty
            if ($PSVersionTable.PSEdition -eq 'Core') {
                [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($client[0]).Name | Should -Be 'KipuHub'
                $restSharp = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'RestSharp' }
                [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($restSharp[0]).Name | Should -Be 'KipuHub'
            }
        } finally {
            Stop-TestEmulator $emulator
        }
    }

    It 'gives every cmdlet an output type and help synopsis' {
        Import-Module $env:KIPUHUB_MODULE_PATH -Force
        foreach ($command in Get-Command -Module KipuHub) {
            $command.OutputType | Should -Not -BeNullOrEmpty -Because "$($command.Name) declares what it writes"
        }
    }
}
