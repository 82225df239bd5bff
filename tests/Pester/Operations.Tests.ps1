BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest -Connect
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Operations by id' {
    It 'lists the operations each API documents, with their parameters' {
        (Get-QHubOperation -Name *Job*).OperationId | Should -Contain 'createJob'
        ((Get-QHubOperation getBackends).Parameters | Where-Object Location -EQ 'query').Name | Should -Contain 'provider'
        (Get-QHubOperation -Api User).OperationId | Should -Contain 'getUserById'
        (Get-QHubOperation -Api Platform).OperationId | Should -Contain 'authorize'
        $secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
        $service = Connect-QHubService -Uri "$($script:emulator.Root)/gateway/acme/vqe/1.0.0" -ConsumerKey emulator-key -ConsumerSecret $secret -PassThru
        (Get-QHubOperation -Api Service -ServiceConnection $service | Where-Object OperationId -EQ startExecution).Path | Should -Be '/'
        (Invoke-QHubOperation -Api Service -ServiceConnection $service -OperationId startExecution -Body @{ input = @{ n = 1 } }).status | Should -Be 'PENDING'
    }

    It 'calls an operation with path and query parameters, a body, and a file answer' {
        (Invoke-QHubOperation getBackend @{ id = 'aws.sim.sv1' }).id | Should -Be 'aws.sim.sv1'
        @(Invoke-QHubOperation getBackends @{ provider = 'IBM' }).provider | Sort-Object -Unique | Should -Be 'IBM'
        $job = Invoke-QHubOperation createJob -Body @{ backend_id = 'aws.sim.sv1'; shots = 10; input_format = 'IONQ_CIRCUIT_V1'; input = (New-BellCircuit) }
        $job.status | Should -Be 'PENDING'
        $null = Wait-QHubJob -Id $job.id -PollInterval 0.1
        $file = Join-Path $TestDrive 'result.json'
        Invoke-QHubOperation getJobResultStream @{ id = $job.id } -OutFile $file
        (Get-Content -Raw $file | ConvertFrom-Json).counts | Should -Not -BeNullOrEmpty
        (Invoke-QHubOperation -Api User -OperationId users -Parameters @{ query = 'lovelace' }).content[0].id | Should -Be 'user-ada'
    }

    It 'uploads a file where the operation takes multipart/form-data' {
        $png = Join-Path $TestDrive 'me.png'
        [IO.File]::WriteAllBytes($png, [byte[]](0x89, 0x50, 0x4E, 0x47, 9))
        Invoke-QHubOperation -Api User updateCurrentUserProfileImage -InFile $png -Confirm:$false
        { Invoke-QHubOperation -Api User getUserProfileImage @{ id = 'user-dev' } -ErrorAction Stop } | Should -Not -Throw
    }

    It 'refuses unknown operations and parameters before any request, suggesting the nearest' {
        $thrown = { Invoke-QHubOperation getBakend @{ id = 'x' } -ErrorAction Stop } | Should -Throw -ErrorId 'OperationNotFound,*' -PassThru
        $thrown.Exception.Message | Should -Match "Did you mean the operation 'getBackend'"
        $thrown = { Invoke-QHubOperation getBackend @{ ident = 'x' } -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidArgument,*' -PassThru
        $thrown.Exception.Message | Should -Match "needs the parameter 'id'|has no parameter 'ident'"
        { Invoke-QHubOperation getJob @{ id = 'nope' } -ErrorAction Stop } | Should -Throw -ErrorId 'ResourceNotFound,*'
    }

    It 'makes no request with -WhatIf' {
        $before = @(Get-EmulatorJob $script:emulator).Count
        Invoke-QHubOperation createJob -Body @{ backend_id = 'aws.sim.sv1'; shots = 1; input = (New-BellCircuit) } -WhatIf
        @(Get-EmulatorJob $script:emulator).Count | Should -Be $before
    }

    It 'completes operation ids' {
        $completion = TabExpansion2 -inputScript 'Invoke-QHubOperation getBack' -cursorColumn 28
        $completion.CompletionMatches.CompletionText | Should -Contain 'getBackend'
        $completion.CompletionMatches.CompletionText | Should -Contain 'getBackends'
    }

    It 'completes -Parameters with the names of the operation''s parameters, required ones first' {
        $line = 'Invoke-QHubOperation getBackend -Parameters '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be "@{ id = '' }"
        $line = 'Invoke-QHubOperation -Api Platform -OperationId getServices '
        $names = (Get-QHubOperation -Api Platform getServices).Parameters.Name
        $names | Should -Contain 'lifecycle'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be ('@{ ' + (($names | ForEach-Object { "$_ = ''" }) -join '; ') + ' }')
        $line = 'Invoke-QHubOperation noSuchOperation @'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -BeNullOrEmpty
    }
}
