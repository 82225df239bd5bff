BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'The staged module' {
    # How fast it imports is the import benchmark's claim (bench: -- import), measured against a bare pwsh.
    It 'imports without touching the network, even with an endpoint and a token in the environment' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        try {
            $env:KQH_ENDPOINT = "http://127.0.0.1:$($listener.LocalEndpoint.Port)"
            $env:KQH_PERSONAL_ACCESS_TOKEN = 'not-a-real-token'
            & ([Environment]::ProcessPath) -NoProfile -Command "Import-Module '$env:KIPUHUB_MODULE_PATH'; exit 0"
            $LASTEXITCODE | Should -Be 0
            $listener.Pending() | Should -BeFalse
        } finally {
            Remove-Item Env:KQH_ENDPOINT, Env:KQH_PERSONAL_ACCESS_TOKEN -ErrorAction SilentlyContinue
            $listener.Stop()
        }
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

    Context 'beside a RestSharp of another version' {
        BeforeAll {
            # A RestSharp 200.0.0.0 as another module might bring: it has none of the types the client uses.
            $script:foreign = Join-Path $TestDrive 'foreign/RestSharp.dll'
            $null = New-Item -ItemType Directory (Split-Path $script:foreign)
            $name = [Reflection.AssemblyName]::new('RestSharp')
            $name.Version = [version]'200.0.0.0'
            $builder = [System.Reflection.Emit.PersistedAssemblyBuilder]::new($name, [object].Assembly)
            $null = $builder.DefineDynamicModule('RestSharp').DefineType('RestSharp.RestClient', [Reflection.TypeAttributes]'Public,Class').CreateType()
            $builder.Save($script:foreign)
            $script:emulator = Start-TestEmulator
            $script:scenario = Join-Path $TestDrive 'scenario.ps1'
            Set-Content $script:scenario -Value @'
param($ModulePath, $Root, $Foreign, $When)
$ErrorActionPreference = 'Stop'
if ($When -eq 'before') { Add-Type -Path $Foreign }
Import-Module $ModulePath
if ($When -eq 'after') { Add-Type -Path $Foreign }
Connect-QHub -Endpoint $Root -Token (ConvertTo-SecureString 'kqh-emulator-dev-token' -AsPlainText -Force)
$null = Get-QHubBackend -Id aws.sim.sv1
$session = New-QHubSession -BackendId aws.sim.sv1
$circuit = @{ gateset = 'qis'; qubits = 2; circuit = @(@{ type = 'h'; targets = @(0) }, @{ type = 'cnot'; controls = @(0); targets = @(1) }) }
$result = New-QHubJob -BackendId aws.sim.sv1 -Shots 50 -Input $circuit -SessionId $session.Id | Wait-QHubJob -PollInterval 0.1 | Receive-QHubJobResult
$null = Get-QHubJob -First 1
$null = Get-QHubWorkload -First 1
$null = Invoke-QHubRequest -Api User -Path me
$session | Close-QHubSession
$loaded = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'RestSharp' } | ForEach-Object { $_.GetName().Version.Major } | Sort-Object
"counts=$(($result.counts.PSObject.Properties.Name | Sort-Object) -join ',') restsharp=$($loaded -join ',')"
'@
        }

        AfterAll { Stop-TestEmulator $script:emulator }

        It 'runs every kind of cmdlet when the other RestSharp is loaded <_> Import-Module' -ForEach 'before', 'after' {
            $output = & ([Environment]::ProcessPath) -NoProfile -NonInteractive -File $script:scenario -ModulePath $env:KIPUHUB_MODULE_PATH -Root $script:emulator.Root -Foreign $script:foreign -When $_ 2>&1
            $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
            $output | Select-Object -Last 1 | Should -Be 'counts=00,11 restsharp=114,200'
        }
    }

    It 'gives every cmdlet an output type and help synopsis' {
        Import-Module $env:KIPUHUB_MODULE_PATH -Force
        foreach ($command in Get-Command -Module KipuHub) {
            $command.OutputType | Should -Not -BeNullOrEmpty -Because "$($command.Name) declares what it writes"
        }
    }
}
