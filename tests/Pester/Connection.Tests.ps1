BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Connect-QHub' {
    BeforeEach {
        Disconnect-QHub
        $script:savedVariables = @{}
        foreach ($name in 'KQH_SERVICE_EXECUTION_TOKEN', 'KQH_PERSONAL_ACCESS_TOKEN', 'PLANQK_SERVICE_EXECUTION_TOKEN', 'SERVICE_EXECUTION_TOKEN', 'PLANQK_PERSONAL_ACCESS_TOKEN', 'KQH_CONFIG_FILE_PATH', 'PLANQK_CONFIG_FILE_PATH', 'KQH_ORGANIZATION_ID', 'PLANQK_ORGANIZATION_ID', 'KQH_ENDPOINT') {
            $script:savedVariables[$name] = [Environment]::GetEnvironmentVariable($name)
            [Environment]::SetEnvironmentVariable($name, $null)
        }
    }

    AfterEach {
        foreach ($pair in $script:savedVariables.GetEnumerator()) { [Environment]::SetEnvironmentVariable($pair.Key, $pair.Value) }
    }

    It 'connects with -Token and validates it' {
        $connection = Connect-TestHub $script:emulator
        $connection.Account | Should -Be 'dev@emulator.local'
        $connection.TokenSource | Should -Be 'parameter -Token'
        (Get-QHubContext).QuantumEndpoint | Should -Be "$($script:emulator.Root)/quantum"
    }

    It 'connects with -Credential, the password being the token' {
        $credential = [pscredential]::new('ignored', (Get-DevToken))
        $connection = Connect-QHub -Endpoint $script:emulator.Root -Credential $credential -PassThru
        $connection.TokenSource | Should -Be 'parameter -Credential'
    }

    It 'takes the token from KQH_PERSONAL_ACCESS_TOKEN without a prompt' {
        $env:KQH_PERSONAL_ACCESS_TOKEN = 'kqh-emulator-dev-token'
        $connection = Connect-QHub -Endpoint $script:emulator.Root -PassThru
        $connection.TokenSource | Should -Be 'environment variable KQH_PERSONAL_ACCESS_TOKEN'
    }

    It 'takes the endpoint from KQH_ENDPOINT, as the token from its variable, and says what is wrong with a bad one' {
        $env:KQH_ENDPOINT = $script:emulator.Root
        $connection = Connect-QHub -Token (Get-DevToken) -PassThru -Verbose 4>&1 | Where-Object { $_ -is [KipuHub.PowerShell.Connection.QHubConnection] -or $_ -is [System.Management.Automation.VerboseRecord] }
        ($connection | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message | Should -Contain "Endpoint $($script:emulator.Root)/ from environment variable KQH_ENDPOINT."
        ($connection | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).QuantumEndpoint | Should -BeLike "$($script:emulator.Root)/quantum*"
        $env:KQH_ENDPOINT = 'hub.example.com'
        $thrown = { Connect-QHub -Token (Get-DevToken) -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidArgument,*' -PassThru
        $thrown.Exception.Message | Should -Match 'KQH_ENDPOINT is not an http\(s\) URL'
        (Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken) -PassThru).Account | Should -Be 'dev@emulator.local' -Because '-Endpoint wins over the variable'
    }

    It 'takes the token and organization from a qhubctl config file' {
        $organization = (Get-TestOrganization $script:emulator 'from-file').Id
        $file = Join-Path $TestDrive 'config.json'
        '{"auth":{"value":"kqh-emulator-dev-token"},"context":{"id":"' + $organization + '","isOrganization":true}}' | Set-Content $file
        $env:KQH_CONFIG_FILE_PATH = $file
        $connection = Connect-QHub -Endpoint $script:emulator.Root -PassThru
        $connection.TokenSource | Should -BeLike "config file*config.json"
        $connection.OrganizationId | Should -Be $organization
    }

    It 'verifies an organization like the token: from the config file, -OrganizationId, or Set-QHubContext' {
        $file = Join-Path $TestDrive 'stale.json'
        '{"auth":{"value":"kqh-emulator-dev-token"},"context":{"id":"org-gone","isOrganization":true}}' | Set-Content $file
        $env:KQH_CONFIG_FILE_PATH = $file
        $thrown = { Connect-QHub -Endpoint $script:emulator.Root -ErrorAction Stop } | Should -Throw -ErrorId 'OrganizationNotFound,*' -PassThru
        $thrown.Exception.Message | Should -Match "'org-gone' \(from config file .*stale\.json\).*Get-QHubOrganization"
        Remove-Item Env:KQH_CONFIG_FILE_PATH
        { Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken) -OrganizationId org-typo -ErrorAction Stop } | Should -Throw -ErrorId 'OrganizationNotFound,*'
        (Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken) -OrganizationId org-typo -SkipValidation -PassThru).OrganizationId | Should -Be 'org-typo'
        $null = Connect-TestHub $script:emulator
        { Set-QHubContext -OrganizationId org-typo -ErrorAction Stop } | Should -Throw -ErrorId 'OrganizationNotFound,*'
        (Get-QHubContext).Context | Should -Be 'Personal' -Because 'a wrong organization never becomes the context'
        Set-QHubContext -OrganizationId org-typo -SkipValidation
        (Get-QHubContext).OrganizationId | Should -Be 'org-typo'
        Set-QHubContext -Personal
    }

    It 'says where it looked when there is no token anywhere' {
        $env:KQH_CONFIG_FILE_PATH = Join-Path $TestDrive 'missing.json'
        { Connect-QHub -Endpoint $script:emulator.Root -ErrorAction Stop } | Should -Throw -ErrorId 'CredentialUnavailable,*'
    }

    It 'refuses a wrong token with Unauthorized' {
        $wrong = ConvertTo-SecureString 'not-the-token-000' -AsPlainText -Force
        { Connect-QHub -Endpoint $script:emulator.Root -Token $wrong -ErrorAction Stop } | Should -Throw -ErrorId 'Unauthorized,*'
        Get-QHubContext | Should -BeNullOrEmpty
    }

    It 'refuses to send the token over plain http to a host that is not this machine' {
        { Connect-QHub -Endpoint 'http://hub.example.com' -Token (Get-DevToken) -SkipValidation -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidArgument,*'
    }

    It 'never shows the token, in objects or in -Verbose and -Debug' {
        $output = & {
            $connection = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken) -PassThru -Verbose -Debug
            $connection | Format-List * | Out-String
            Get-QHubBackend -Id aws.sim.sv1 -Verbose -Debug | Out-String
            New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) -Verbose -Debug | Out-String
        } *>&1 | Out-String
        $output | Should -Not -BeNullOrEmpty
        $output | Should -Not -Match 'kqh-emulator-dev-token'
        $output | Should -Match 'X-Auth-Token: \*\*\*'
        $output | Should -Match 'GET http://127\.0\.0\.1:\d+/quantum/backends/aws\.sim\.sv1 -> 200 in \d+ ms'
    }

    It 'never prompts for -Debug, in a non-interactive process with no input' {
        $module = $env:KIPUHUB_MODULE_PATH
        $output = @() | & ([Environment]::ProcessPath) -NoProfile -NonInteractive -Command "Import-Module '$module'; Connect-QHub -Endpoint $($script:emulator.Root) -Token (ConvertTo-SecureString 'kqh-emulator-dev-token' -AsPlainText -Force) -Debug; (Get-QHubBackend -Id aws.sim.sv1 -Debug).Id; `$null = Get-QHubJob -First 1 -Debug; 'listed jobs'" *>&1 | Out-String
        $LASTEXITCODE | Should -Be 0
        $output | Should -Not -Match 'NonInteractive|Continue with this operation'
        $output | Should -Match 'listed jobs'
        $output | Should -Match 'X-Auth-Token: \*\*\*'
    }

    It 'shows no raw client objects on the connection' {
        $connection = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken) -PassThru
        $members = ($connection | Get-Member).Name
        $members | Should -Contain 'QuantumEndpoint'
        $members | Should -Not -Contain 'Quantum'
        $members | Should -Not -Contain 'Platform'
        $members | Should -Not -Contain 'User'
        $members | Should -Not -Contain 'Transport'
    }
}

Describe 'Contexts and organizations' {
    It 'says how to connect when not connected' {
        Disconnect-QHub
        { Get-QHubBackend -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,*'
    }

    It 'switches organization with Set-QHubContext and scopes the data' {
        $orgB = (Get-TestOrganization $script:emulator 'org-b').Id
        $orgA = (Connect-TestHub $script:emulator -Organization 'org-a').OrganizationId
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        Set-QHubContext -OrganizationId $orgB
        (Get-QHubContext).OrganizationId | Should -Be $orgB
        { Get-QHubJob -Id $job.Id -ErrorAction Stop } | Should -Throw -ErrorId 'JobNotFound,*'
        Set-QHubContext -Personal
        (Get-QHubContext).Context | Should -Be 'Personal'
        Set-QHubContext -OrganizationId $orgA
        (Get-QHubJob -Id $job.Id).Id | Should -Be $job.Id
    }

    It 'uses an explicit -Connection over the current one' {
        $orgA = Connect-TestHub $script:emulator -Organization 'org-explicit'
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        $null = Connect-TestHub $script:emulator
        (Get-QHubJob -Id $job.Id -Connection $orgA).Id | Should -Be $job.Id
    }

    It 'connects a second user with -Scope None without replacing the current one, and switches with Set-QHubContext -Connection' {
        $me = Connect-TestHub $script:emulator
        $second = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-SecondToken) -Scope None
        $second.Account | Should -Match ([regex]::Escape($script:SecondEmail)) -Because 'it is written without -PassThru'
        (Get-QHubContext).Account | Should -Match 'dev@emulator\.local' -Because 'the current connection stays'
        (Get-QHubUser -Connection $second).Email | Should -Be $script:SecondEmail
        (Get-QHubUser).Email | Should -Be 'dev@emulator.local'

        Set-QHubContext -Connection $second
        (Get-QHubUser).Email | Should -Be $script:SecondEmail
        Set-QHubContext -Connection $me
        (Get-QHubUser).Email | Should -Be 'dev@emulator.local' -Because 'the first connection still works after it was replaced'
    }

    It 'keeps a -Scope Runspace connection to its runspace' {
        Disconnect-QHub
        $null = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken) -Scope Runspace
        $result = Start-ThreadJob -ScriptBlock {
            Import-Module $env:KIPUHUB_MODULE_PATH
            $null -eq (Get-QHubContext)
        } | Receive-Job -Wait -AutoRemoveJob
        $result | Should -BeTrue
        Disconnect-QHub
    }
}

Describe 'One connection for the process' {
    BeforeAll {
        # As installed from the Gallery: new runspaces find the module on PSModulePath and load it themselves.
        $script:modulePathBefore = $env:PSModulePath
        $env:PSModulePath = (Split-Path (Split-Path (Split-Path $env:KIPUHUB_MODULE_PATH))) + [IO.Path]::PathSeparator + $env:PSModulePath
    }
    AfterAll { $env:PSModulePath = $script:modulePathBefore }
    BeforeEach { $null = Connect-TestHub $script:emulator }

    It 'is used by ForEach-Object -Parallel and Start-ThreadJob without -Connection' {
        $bell = New-BellCircuit
        $ids = 1..8 | ForEach-Object -Parallel {
            (New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input $using:bell -ErrorAction Stop).Id
        } -ThrottleLimit 8
        @($ids | Sort-Object -Unique).Count | Should -Be 8
        (Start-ThreadJob { (Get-QHubContext).Endpoint } | Receive-Job -Wait -AutoRemoveJob) | Should -Be (Get-QHubContext).Endpoint
    }

    It 'is not replaced by a connect in another runspace unless forced, nor forgotten by its disconnect' {
        $parent = (Get-QHubContext).OrganizationId
        $other = Get-TestOrganization $script:emulator 'runspace-child'
        $null = Connect-TestHub $script:emulator
        $root, $token, $otherId = $script:emulator.Root, $script:DevToken, $other.Id
        $child = Start-ThreadJob {
            $null = Connect-QHub -Endpoint $using:root -Token (ConvertTo-SecureString $using:token -AsPlainText -Force) -OrganizationId $using:otherId
            (Get-QHubContext).OrganizationId
            Disconnect-QHub
        } | Receive-Job -Wait -AutoRemoveJob
        $child | Should -Be $otherId
        (Get-QHubContext).OrganizationId | Should -Be $parent
        $null = Get-QHubJob -First 1 -ErrorAction Stop

        $null = Start-ThreadJob {
            Connect-QHub -Endpoint $using:root -Token (ConvertTo-SecureString $using:token -AsPlainText -Force) -OrganizationId $using:otherId -Force
        } | Receive-Job -Wait -AutoRemoveJob
        (Start-ThreadJob { (Get-QHubContext).OrganizationId } | Receive-Job -Wait -AutoRemoveJob) | Should -Be $otherId
    }

    It 'takes 16 runspaces of 50 creates each: 800 distinct jobs, no error' {
        $bell = New-BellCircuit
        $ids = 1..16 | ForEach-Object -Parallel {
            foreach ($n in 1..50) { (New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input $using:bell -ErrorAction Stop).Id }
        } -ThrottleLimit 16 -ErrorVariable failures
        $failures | Should -BeNullOrEmpty
        @($ids | Sort-Object -Unique).Count | Should -Be 800
    }

    It 'shares a service connection as it shares the Hub one: a child replaces it only with -Force; -Scope Runspace keeps it home' {
        $secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
        $vqeUri, $qaoaUri = "$($script:emulator.Root)/gateway/acme/vqe/1.0.0", "$($script:emulator.Root)/gateway/acme/qaoa-maxcut/2.1.0"
        $vqe = Connect-QHubService -Uri $vqeUri -ConsumerKey emulator-key -ConsumerSecret $secret -PassThru
        $qaoa = Start-ThreadJob { Connect-QHubService -Uri $using:qaoaUri -ConsumerKey emulator-key -ConsumerSecret $using:secret -PassThru } |
            Receive-Job -Wait -AutoRemoveJob
        $fresh = { (Start-QHubServiceExecution -Input @{ n = 1 } -ErrorAction Stop).Id }

        # The child's connect changed the child only: a fresh runspace still runs the parent's service.
        $id = Start-ThreadJob $fresh | Receive-Job -Wait -AutoRemoveJob
        (Get-QHubServiceExecution -Id $id -ServiceConnection $vqe).Id | Should -Be $id

        $null = Start-ThreadJob { Connect-QHubService -Uri $using:qaoaUri -ConsumerKey emulator-key -ConsumerSecret $using:secret -Force } |
            Receive-Job -Wait -AutoRemoveJob
        $id = Start-ThreadJob $fresh | Receive-Job -Wait -AutoRemoveJob
        (Get-QHubServiceExecution -Id $id -ServiceConnection $qaoa).Id | Should -Be $id

        Connect-QHubService -Uri $vqeUri -ConsumerKey emulator-key -ConsumerSecret $secret -Scope Runspace
        (Start-QHubServiceExecution -Input @{ n = 2 } | Get-QHubServiceExecution -ServiceConnection $vqe).Status | Should -Not -BeNullOrEmpty
        $id = Start-ThreadJob $fresh | Receive-Job -Wait -AutoRemoveJob
        (Get-QHubServiceExecution -Id $id -ServiceConnection $qaoa).Id | Should -Be $id
    }

    It 'asks the gateway for one token however many runspaces call the service' {
        $secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
        Clear-EmulatorStats $script:emulator
        Connect-QHubService -Uri "$($script:emulator.Root)/gateway/acme/vqe/1.0.0" -ConsumerKey emulator-key -ConsumerSecret $secret
        $ids = 1..16 | ForEach-Object -Parallel { (Start-QHubServiceExecution -Input @{ n = $_ } -ErrorAction Stop).Id } -ThrottleLimit 16
        @($ids | Sort-Object -Unique).Count | Should -Be 16
        $stats = Invoke-RestMethod "$($script:emulator.Root)/_emulator/stats" -Headers @{ 'X-Auth-Token' = $script:DevToken }
        $stats.'POST /gateway/token' | Should -Be 1
    }
}

Describe 'A connection saved for later sessions' -Skip:$IsWindows {
    It 'is written owner-only with -Scope CurrentUser, used by the next process, and removed by Disconnect-QHub -Scope CurrentUser' {
        $fakeHome = Join-Path $TestDrive 'home'
        $null = New-Item -ItemType Directory $fakeHome
        $module = $env:KIPUHUB_MODULE_PATH
        $root = $script:emulator.Root
        $env:HOME_BEFORE = $env:HOME
        try {
            $env:HOME = $fakeHome
            & ([Environment]::ProcessPath) -NoProfile -Command "Import-Module '$module'; Connect-QHub -Endpoint $root -Token (ConvertTo-SecureString 'kqh-emulator-dev-token' -AsPlainText -Force) -Scope CurrentUser"
            $file = Join-Path $fakeHome '.config/kipuhub/connection.json'
            $file | Should -Exist
            (Get-Item $file).UnixMode | Should -Be '-rw-------'
            $scope = & ([Environment]::ProcessPath) -NoProfile -Command "Import-Module '$module'; (Get-QHubContext).Scope; (Get-QHubBackend -Id aws.sim.sv1).Id"
            $scope | Should -Be @('CurrentUser', 'aws.sim.sv1')
            $told = & ([Environment]::ProcessPath) -NoProfile -Command "Import-Module '$module'; `$null = Get-QHubContext; Disconnect-QHub 3>&1 | Out-String"
            "$told" | Should -Match 'connection saved in .*remains.*Disconnect-QHub -Scope CurrentUser'
            $file | Should -Exist
            & ([Environment]::ProcessPath) -NoProfile -Command "Import-Module '$module'; Disconnect-QHub -Scope CurrentUser"
            $file | Should -Not -Exist
        } finally {
            $env:HOME = $env:HOME_BEFORE
        }
    }

    It 'says ConnectionNotSaved, and stays connected for this session, when it cannot be written' {
        $fakeHome = Join-Path $TestDrive 'unwritable-home'
        $null = New-Item -ItemType Directory $fakeHome
        # A file where the folder must go: the save fails however the permissions are.
        'not a folder' | Set-Content (Join-Path $fakeHome '.config')
        $module = $env:KIPUHUB_MODULE_PATH
        $env:HOME_BEFORE = $env:HOME
        try {
            $env:HOME = $fakeHome
            $output = & ([Environment]::ProcessPath) -NoProfile -Command "Import-Module '$module'; Connect-QHub -Endpoint $($script:emulator.Root) -Token (ConvertTo-SecureString 'kqh-emulator-dev-token' -AsPlainText -Force) -Scope CurrentUser -ErrorVariable failed -ErrorAction SilentlyContinue; `$failed[0].FullyQualifiedErrorId; (Get-QHubContext).Scope; (Get-QHubBackend -Id aws.sim.sv1).Id"
            $output | Should -Be @('ConnectionNotSaved,KipuHub.PowerShell.Cmdlets.Hub.ConnectQHubCommand', 'Process', 'aws.sim.sv1')
        } finally {
            $env:HOME = $env:HOME_BEFORE
        }
    }

    It 'is ignored with a warning when corrupt' {
        $fakeHome = Join-Path $TestDrive 'corrupt-home'
        $null = New-Item -ItemType Directory (Join-Path $fakeHome '.config/kipuhub') -Force
        '{ broken' | Set-Content (Join-Path $fakeHome '.config/kipuhub/connection.json')
        $module = $env:KIPUHUB_MODULE_PATH
        $env:HOME_BEFORE = $env:HOME
        try {
            $env:HOME = $fakeHome
            $output = & ([Environment]::ProcessPath) -NoProfile -Command "Import-Module '$module'; Get-QHubContext 3>&1 | Out-String; 'done'"
            ($output -join "`n") | Should -Match 'cannot be used'
            $output[-1] | Should -Be 'done'
        } finally {
            $env:HOME = $env:HOME_BEFORE
        }
    }

    It 'warns of a corrupt saved connection when a service-execution cmdlet is the first to look for one' {
        $fakeHome = Join-Path $TestDrive 'corrupt-home-executions'
        $null = New-Item -ItemType Directory (Join-Path $fakeHome '.config/kipuhub') -Force
        '{ broken' | Set-Content (Join-Path $fakeHome '.config/kipuhub/connection.json')
        $module = $env:KIPUHUB_MODULE_PATH
        $env:HOME_BEFORE = $env:HOME
        try {
            $env:HOME = $fakeHome
            $output = & ([Environment]::ProcessPath) -NoProfile -Command "Import-Module '$module'; try { Get-QHubServiceExecution -Id x -WarningVariable seen -WarningAction SilentlyContinue -ErrorAction Stop } catch { `$failed = `$_.FullyQualifiedErrorId }; `$seen | Out-String; `$failed"
            ($output -join "`n") | Should -Match 'cannot be used'
            $output[-1] | Should -Match '^NotConnected,'
        } finally {
            $env:HOME = $env:HOME_BEFORE
        }
    }
}

Describe 'Behind a proxy' {
    It 'sends calls to the emulator on loopback direct, never through HTTP_PROXY' {
        # A proxy that only counts who connects to it: a call through it would carry X-Auth-Token in clear to another machine.
        $proxy = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $proxy.Start()
        try {
            $proxyUrl = "http://127.0.0.1:$($proxy.LocalEndpoint.Port)"
            $module = $env:KIPUHUB_MODULE_PATH
            foreach ($root in $script:emulator.Root, $script:emulator.Root.Replace('127.0.0.1', 'localhost')) {
                $output = & ([Environment]::ProcessPath) -NoProfile -NonInteractive -Command "`$env:HTTP_PROXY = '$proxyUrl'; `$env:http_proxy = '$proxyUrl'; Import-Module '$module'; Connect-QHub -Endpoint $root -Token (ConvertTo-SecureString 'kqh-emulator-dev-token' -AsPlainText -Force) -TimeoutSec 20 -MaxRetries 0; (Get-QHubBackend -Id aws.sim.sv1).Id"
                $output | Should -Be 'aws.sim.sv1' -Because "a call to $root goes direct"
            }
            $proxy.Pending() | Should -BeFalse -Because 'nothing connected to the proxy'
        } finally {
            $proxy.Stop()
        }
    }
}
