BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest
    $script:gateway = "$($script:emulator.Root)/gateway/demo/my-service/1.0.0"
    $script:secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
    Connect-QHubService -Uri $script:gateway -ConsumerKey emulator-key -ConsumerSecret $script:secret
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Connect-QHubService' {
    It 'connects with consumer key and secret, a credential, or a token, and never shows a secret' {
        $byKey = Connect-QHubService -Uri $script:gateway -ConsumerKey emulator-key -ConsumerSecret $script:secret -PassThru
        $byKey.TokenEndpoint | Should -Be "$($script:emulator.Root)/gateway/token"
        $credential = [pscredential]::new('emulator-key', $script:secret)
        $byCredential = Connect-QHubService -Uri $script:gateway -Credential $credential -PassThru -Verbose 4>&1
        ($byCredential | Out-String) + ($byKey | Format-List * | Out-String) | Should -Not -Match 'emulator-secret'
        $token = (Invoke-RestMethod "$($script:emulator.Root)/gateway/token" -Method Post -Body 'grant_type=client_credentials' -ContentType 'application/x-www-form-urlencoded' -Authentication Basic -Credential $credential -AllowUnencryptedAuthentication).access_token
        $byToken = Connect-QHubService -Uri $script:gateway -Token (ConvertTo-SecureString $token -AsPlainText -Force) -PassThru
        $started = Start-QHubServiceExecution -Input @{ n = 1 } -ServiceConnection $byToken
        (Get-QHubServiceExecution -ServiceConnection $byToken).Id | Should -Contain $started.Id
        ($byToken | Format-List * | Out-String) | Should -Not -Match $token
        Connect-QHubService -Uri $script:gateway -ConsumerKey emulator-key -ConsumerSecret $script:secret
    }

    It 'refuses a wrong secret with Unauthorized and the template URL before any request' {
        { Connect-QHubService -Uri $script:gateway -ConsumerKey emulator-key -ConsumerSecret (ConvertTo-SecureString 'wrong-secret' -AsPlainText -Force) -ErrorAction Stop } | Should -Throw -ErrorId 'Unauthorized,*'
        { Connect-QHubService -Uri 'https://gateway.hub.kipu-quantum.com/<context>/<service>/<version>' -Token (Get-DevToken) -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidArgument,*'
    }
}

Describe 'Service executions' {
    It 'pages a gateway''s executions with -First and -Skip, and waits for any one with -Any' {
        $started = 1..4 | ForEach-Object { Start-QHubServiceExecution -Input @{ n = $_ } }
        $all = @(Get-QHubServiceExecution)
        $all.Count | Should -BeGreaterOrEqual 4
        # A gateway sends id, status and times only: each record says which gateway it came from instead.
        $all.Gateway | Select-Object -Unique | Should -Be ([uri]$script:gateway)
        $started[0].Gateway | Should -Be ([uri]$script:gateway)
        ($all | Out-String -Width 80) | Should -Match ([regex]::Escape($all[0].Id) + ' +\w+ +gateway ')
        @(Get-QHubServiceExecution -First 2).Count | Should -Be 2
        (Get-QHubServiceExecution -Skip 1 -First 2).Id | Should -Be $all[1..2].Id
        $started[0] | Stop-QHubServiceExecution -Confirm:$false
        $ended = @($started | Wait-QHubServiceExecution -Any -PollInterval 0.1 -Timeout 60)
        $ended.Count | Should -BeGreaterOrEqual 1
        $ended.Status | ForEach-Object { $_ | Should -BeIn 'SUCCEEDED', 'FAILED', 'CANCELLED' }
    }

    It 'starts, waits, receives the result, saves its files and reads the log, piped by property name' {
        $execution = Start-QHubServiceExecution -Input @{ numbers = @(1, 2, 3) } -InputDataRef @(@{ id = 'pool-1'; ref = 'DATAPOOL' })
        $execution.Status | Should -Be 'PENDING'
        $done = $execution | Wait-QHubServiceExecution -PollInterval 0.1 -Timeout 30
        $done.Status | Should -Be 'SUCCEEDED'
        $result = $done | Receive-QHubServiceExecutionResult
        $result.ExecutionId | Should -Be $execution.Id
        $result.Files | Should -Contain 'output.json'
        $folder = Join-Path $TestDrive 'files'
        $null = New-Item -ItemType Directory $folder
        $saved = $done | Save-QHubServiceExecutionResultFile -All -Path $folder -PassThru
        $saved.Name | Should -Contain 'output.json'
        $saved.PSParentPath | Select-Object -Unique | Should -Be (Get-Item -LiteralPath $folder).PSPath
        $missing = Join-Path $TestDrive 'no-such-folder'
        $done | Save-QHubServiceExecutionResultFile -All -Path $missing -ErrorAction SilentlyContinue -ErrorVariable notSaved
        @($notSaved).Count | Should -Be 1 -Because 'a missing folder is one error, not one per file'
        $notSaved[0].FullyQualifiedErrorId | Should -BeLike 'FolderNotFound,*'
        "$($notSaved[0])" | Should -Match 'New-Item -ItemType Directory'
        $missing | Should -Not -Exist
        ($saved | Where-Object Name -EQ 'samples.bin').Length | Should -Be 4MB
        # The emulator's demo service echoes the body it got: the reserved keys as they were sent.
        $echo = (Get-Content -Raw (Join-Path $folder 'output.json') | ConvertFrom-Json).input
        $echo.input.numbers | Should -Be @(1, 2, 3)
        $echo.inputDataRefs[0].ref | Should -Be 'DATAPOOL'
        $log = @($done | Get-QHubServiceExecutionLog)
        $log.Count | Should -BeGreaterThan 0
        $log[0].ExecutionId | Should -Be $execution.Id
        (Get-QHubServiceExecution).Id | Should -Contain $execution.Id
        (Get-QHubServiceExecution -Id $execution.Id).Status | Should -Be 'SUCCEEDED'
    }

    It 'sends -Body as the whole body, and refuses what has no JSON form' {
        $execution = Start-QHubServiceExecution -Body '{"input":{"numbers":[4]},"mode":"fast"}'
        # The emulator's service echoes what it received: the body as given, not wrapped into another input.
        $received = ($execution | Wait-QHubServiceExecution -PollInterval 0.1 | Receive-QHubServiceExecutionResult).output.input
        $received.mode | Should -Be 'fast'
        $received.input.numbers | Should -Be 4
        { Start-QHubServiceExecution -Input @{ step = { 1 } } -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidServiceExecutionInput,*'
    }

    It 'stops an execution, and -WhatIf stops nothing' {
        $execution = Start-QHubServiceExecution -Input @{}
        $execution | Stop-QHubServiceExecution -WhatIf
        (Get-QHubServiceExecution -Id $execution.Id).Status | Should -BeIn 'PENDING', 'RUNNING'
        ($execution | Stop-QHubServiceExecution -PassThru).Id | Should -Be $execution.Id
        ($execution | Wait-QHubServiceExecution -PollInterval 0.1).Status | Should -Be 'CANCELLED'
    }

    It 'warns, not fails, for an execution that ended before it could be cancelled' {
        $ended = Start-QHubServiceExecution -Input @{} | Wait-QHubServiceExecution -PollInterval 0.1
        $ended.Status | Should -Be 'SUCCEEDED'
        $stopped = $ended | Stop-QHubServiceExecution -Confirm:$false -PassThru -ErrorAction Stop -WarningVariable told -WarningAction SilentlyContinue
        $stopped.Status | Should -Be 'SUCCEEDED'
        "$told" | Should -Match "had already ended \(SUCCEEDED\).*nothing to cancel"
    }

    It 'says ServiceExecutionResultNotAvailable before the end, ServiceExecutionFailed for a failed run''s result, and WaitTimeout' {
        $failing = Start-QHubServiceExecution -Body @{ fail = $true }
        { $failing | Receive-QHubServiceExecutionResult -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceExecutionResultNotAvailable,*'
        ($failing | Wait-QHubServiceExecution -PollInterval 0.1 -ErrorAction Stop).Status | Should -Be 'FAILED'
        $thrown = { $failing | Receive-QHubServiceExecutionResult -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceExecutionFailed,*' -PassThru
        $thrown.ErrorDetails.Message | Should -Match 'Get-QHubServiceExecutionLog'
        $slow = Start-QHubServiceExecution -Input @{}
        Add-EmulatorFault $script:emulator @{ path = "/gateway/demo/my-service/1.0.0/$($slow.Id)"; kind = 'latency'; latency_ms = 3000; count = 2 }
        { $slow | Wait-QHubServiceExecution -Timeout 1 -PollInterval 0.1 -ErrorAction Stop } | Should -Throw -ErrorId 'WaitTimeout,*'
        { Get-QHubServiceExecution -Id 'no-such-execution' -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceExecutionNotFound,*'
    }

    It 'rides out an outage with one warning, polling on until the execution ends' {
        $execution = Start-QHubServiceExecution -Input @{}
        Add-EmulatorFault $script:emulator @{ method = 'GET'; path = "/gateway/demo/my-service/1.0.0/$($execution.Id)"; kind = 'status'; status = 503; count = 6 }
        $done = $execution | Wait-QHubServiceExecution -Timeout 60 -PollInterval 0.1 -ErrorAction Stop -WarningVariable warned -WarningAction SilentlyContinue
        $done.Status | Should -Be 'SUCCEEDED'
        @($warned).Count | Should -Be 1
    }
}

Describe 'Invoke-QHubRequest -Api Service' {
    It 'goes through the service connection with its bearer token, never the Hub token' {
        Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken)
        $listed = Invoke-QHubRequest -Api Service -Path ''
        @($listed).Count | Should -BeGreaterThan 0
        Disconnect-QHub
        @(Invoke-QHubRequest -Api Service -Path '').Count | Should -BeGreaterThan 0
    }
}

Describe 'Without a service connection' {
    # A new process: runspaces of this one share the service connection the tests above made.
    It 'says NotConnected in a process that has not connected' {
        $result = pwsh -NoProfile -NonInteractive -Command "Import-Module '$env:KIPUHUB_MODULE_PATH'; try { Get-QHubServiceExecution -ErrorAction Stop } catch { `$_.FullyQualifiedErrorId }"
        $result | Should -BeLike 'NotConnected,*'
    }
}
