BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest -Connect
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'The pipelines of DESIGN.md' {
    It 'runs five jobs in a session, waits for them, receives their results and closes the session' {
        $circuit = New-BellCircuit
        $s = New-QHubSession -BackendId aws.sim.sv1 -Mode batch -Provider AWS
        $results = 1..5 | ForEach-Object { New-QHubJob -BackendId aws.sim.sv1 -Shots 100 -Input $circuit -SessionId $s.Id } |
            Wait-QHubJob -PollInterval 0.1 | Receive-QHubJobResult
        $results.Count | Should -Be 5
        foreach ($result in $results) {
            $result.counts.PSObject.Properties.Name | Sort-Object | Should -Be @('00', '11')
            ($result.counts.'00' + $result.counts.'11') | Should -Be 100
        }
        $s | Close-QHubSession
        (Get-QHubSessionStatus -Id $s.Id).Status | Should -Be 'CLOSED'
    }

    It 'binds backends and sessions by property name into New-QHubJob' {
        $job = Get-QHubBackend -Id aws.sim.sv1 | New-QHubJob -Shots 10 -Input (New-BellCircuit)
        $job.BackendId | Should -Be 'aws.sim.sv1'
        $session = Get-QHubBackend -Id aws.sim.sv1 | New-QHubSession
        $inSession = $session | New-QHubJob -Shots 10 -Input (New-BellCircuit)
        $inSession.SessionId | Should -Be $session.Id
        $session | Close-QHubSession
    }
}

Describe 'New-QHubJob' {
    It 'takes -Input as a hashtable, a PSCustomObject or a JSON string, and -InputFile' {
        $bell = New-BellCircuit
        (New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input $bell).Status | Should -Be 'PENDING'
        (New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input ([pscustomobject]$bell)).Status | Should -Be 'PENDING'
        (New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input ($bell | ConvertTo-Json -Depth 5)).Status | Should -Be 'PENDING'
        $file = Join-Path $TestDrive 'bell.json'
        $bell | ConvertTo-Json -Depth 5 | Set-Content $file
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -InputFile $file
        (Get-QHubJobInput -Id $job.Id).qubits | Should -Be 2
    }

    It 'makes no request with -WhatIf' {
        $before = @(Get-EmulatorJob $script:emulator).Count
        New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) -WhatIf
        @(Get-EmulatorJob $script:emulator).Count | Should -Be $before
    }

    It 'names bad input InvalidJobInput and creates nothing' {
        $before = @(Get-EmulatorJob $script:emulator).Count
        { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input '{not json' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidJobInput,*'
        { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) -InputFormat PERCEVAL -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidJobInput,*'
        $broken = Join-Path $TestDrive 'broken.json'
        "gateset: qis`nqubits: 2" | Set-Content $broken
        $thrown = { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -InputFile $broken -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidJobInput,*' -PassThru
        $thrown.Exception.Message | Should -Match 'broken\.json.*not valid JSON'
        $scalar = Join-Path $TestDrive 'scalar.json'
        '"just text"' | Set-Content $scalar
        { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -InputFile $scalar -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidJobInput,*'
        @(Get-EmulatorJob $script:emulator).Count | Should -Be $before
    }

    It 'says SessionNotAcceptingJobs for a draining session' {
        $session = New-QHubSession -BackendId aws.sim.sv1
        Set-QHubSession -Id $session.Id -AcceptJobs $false
        { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) -SessionId $session.Id -ErrorAction Stop } | Should -Throw -ErrorId 'SessionNotAcceptingJobs,*'
        $session | Close-QHubSession
    }

    It 'returns the one job the Hub made when the answer to New-QHubJob is lost: <Name>' -ForEach @(
        @{ Name = 'a 502 after processing'; Rule = @{ kind = 'status-after'; status = 502 }; TimeoutSec = 60 }
        @{ Name = 'a reset after processing'; Rule = @{ kind = 'reset-after' }; TimeoutSec = 60 }
        @{ Name = 'an answer slower than the timeout'; Rule = @{ kind = 'latency'; latency_ms = 2500 }; TimeoutSec = 1 }
    ) {
        $connection = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken) -TimeoutSec $TimeoutSec -PassThru
        $before = @(Get-EmulatorJob $script:emulator).Count
        Add-EmulatorFault $script:emulator (@{ method = 'POST'; path = '/quantum/jobs'; count = 1 } + $Rule)
        $jobs = @(New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) -Connection $connection -Verbose 4>&1)
        $written = @($jobs | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $written.Count | Should -Be 1
        $written[0].Tags | Should -BeLike 'kqh-request:*'
        ($jobs | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -join "`n" | Should -Match 'created once'
        $held = @(Get-EmulatorJob $script:emulator)
        $held.Count | Should -Be ($before + 1)
        $held.id | Should -Contain $written[0].Id
        $null = Connect-TestHub $script:emulator
    }

    It 'returns the one session the Hub made when the answer to New-QHubSession is lost' {
        Add-EmulatorFault $script:emulator @{ method = 'POST'; path = '/quantum/sessions'; kind = 'status-after'; status = 504; count = 1 }
        $session = New-QHubSession -BackendId aws.sim.sv1
        @($session).Count | Should -Be 1
        (Get-QHubSession -Id $session.Id).Tags | Should -BeLike 'kqh-request:*'
        $session | Close-QHubSession
    }

    It 'names the request tag to look for when the Hub made nothing and the outcome stays unknown' {
        $before = @(Get-EmulatorJob $script:emulator).Count
        Add-EmulatorFault $script:emulator @{ method = 'POST'; path = '/quantum/jobs'; kind = 'status'; status = 502; count = 1 }
        $thrown = { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) -ErrorAction Stop } | Should -Throw -ErrorId 'RequestOutcomeUnknown,*' -PassThru
        $thrown.Exception.Message | Should -Match 'kqh-request:[0-9a-f]{32}'
        @(Get-EmulatorJob $script:emulator).Count | Should -Be $before
    }

    It 'sends no request tag with -NoRequestTag, and then only says what to check' {
        Add-EmulatorFault $script:emulator @{ method = 'POST'; path = '/quantum/jobs'; kind = 'reset-after'; count = 1 }
        $before = @(Get-EmulatorJob $script:emulator).Count
        { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) -NoRequestTag -ErrorAction Stop } | Should -Throw -ErrorId 'RequestOutcomeUnknown,*'
        $held = @(Get-EmulatorJob $script:emulator)
        $held.Count | Should -Be ($before + 1)
        (Get-QHubJob -Id $held[-1].id).Tags | Should -BeNullOrEmpty
    }
}

Describe 'An OpenQASM program from a file' {
    It 'is simulated by the emulator: a GHZ program in OpenQASM <Version> counts only 000 and 111' -ForEach @(
        @{ Version = 3; Program = "OPENQASM 3.0;`ninclude `"stdgates.inc`";`nqubit[3] q;`nbit[3] c;`nh q[0];`ncx q[0], q[1];`ncx q[1], q[2];`nc = measure q;`n" }
        @{ Version = 2; Program = "OPENQASM 2.0;`ninclude `"qelib1.inc`";`nqreg q[3];`ncreg c[3];`nh q[0];`ncx q[0],q[1];`ncx q[1],q[2];`nmeasure q -> c;`n" }
    ) {
        $file = Join-Path $TestDrive "ghz$Version.qasm"
        Set-Content -Path $file -Value $Program -NoNewline
        $result = New-QHubJob -BackendId aws.sim.sv1 -Shots 1000 -InputFile $file | Wait-QHubJob -PollInterval 0.1 | Receive-QHubJobResult
        $result.counts.PSObject.Properties.Name | Sort-Object | Should -Be @('000', '111')
        $result.simulation | Should -Be 'statevector'
    }
}

Describe 'A runbook run again after a crash' {
    It 'submits 20 jobs with idempotency keys, is killed after 10, and run again ends with exactly 20 jobs' {
        $rerun = Connect-TestHub $script:emulator -Organization 'rerun'
        $organization = $rerun.OrganizationId
        $null = Connect-TestHub $script:emulator
        $runbook = Join-Path $TestDrive 'submit.ps1'
        # The runbook of about_KipuHub_Automation's re-run recipe; CRASH_AFTER makes it hang after that many jobs, to be killed.
        @"
Import-Module '$env:KIPUHUB_MODULE_PATH'
Connect-QHub -Endpoint $($script:emulator.Root) -Token (ConvertTo-SecureString '$script:DevToken' -AsPlainText -Force) -OrganizationId $organization
`$circuit = @{ gateset = 'qis'; qubits = 1; circuit = @(@{ type = 'h'; targets = @(0) }) }
foreach (`$i in 1..20) {
    `$job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input `$circuit -Tag nightly-42 -IdempotencyKey "nightly-42/`$i" -ErrorAction Stop
    "`$i `$(`$job.Id)"
    if (`$i -eq [int]`$env:CRASH_AFTER) { Start-Sleep -Seconds 600 }
}
"@ | Set-Content $runbook
        $env:CRASH_AFTER = '10'
        try {
            $crashed = Start-Process -FilePath ([Environment]::ProcessPath) -ArgumentList '-NoProfile', '-NonInteractive', '-File', $runbook -PassThru -RedirectStandardOutput (Join-Path $TestDrive 'first.txt')
            # Wait for the event (the tenth job listed), not for a time; a minute only detects a runbook that never gets there.
            $deadline = [DateTime]::UtcNow.AddMinutes(1)
            while (@(Get-QHubJob -Tag nightly-42 -All -Connection $rerun).Count -lt 10 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
            Stop-Process -Id $crashed.Id -Force
            $crashed.WaitForExit()
        } finally {
            Remove-Item env:CRASH_AFTER
        }
        @(Get-QHubJob -Tag nightly-42 -All -Connection $rerun).Count | Should -Be 10

        $second = & ([Environment]::ProcessPath) -NoProfile -NonInteractive -File $runbook
        $second.Count | Should -Be 20

        $jobs = @(Get-QHubJob -Tag nightly-42 -All -Connection $rerun)
        $jobs.Count | Should -Be 20
        @($second | ForEach-Object { ($_ -split ' ')[1] } | Sort-Object -Unique).Count | Should -Be 20
        $first = Get-Content (Join-Path $TestDrive 'first.txt')
        foreach ($line in $first) { $second | Should -Contain $line -Because 'the second run returns the jobs the first one made' }
    }
}

Describe 'Finding a run''s jobs' {
    It 'finds a run''s jobs again by -Tag and -Since, newest first' {
        $before = Get-Date
        $tagged = 1..3 | ForEach-Object { New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input (New-BellCircuit) -Tag "run-$($before.Ticks)" }
        $other = New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input (New-BellCircuit) -Tag 'another-run'
        (Get-QHubJob -Tag "run-$($before.Ticks)" -All).Id | Should -Be ($tagged.Id[2], $tagged.Id[1], $tagged.Id[0])
        (Get-QHubJob -Tag "run-$($before.Ticks)", 'another-run' -All).Count | Should -Be 4
        (Get-QHubJob -Since $before.AddSeconds(-1) -All).Id | Should -Contain $other.Id
        Get-QHubJob -Since (Get-Date).AddDays(1) -All | Should -BeNullOrEmpty
    }
}

Describe 'Get-QHubJob' {
    BeforeAll {
        $null = Connect-TestHub $script:emulator -Organization 'org-listing'
        foreach ($name in 'a', 'b', 'c', 'd', 'e') { $null = New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input (New-BellCircuit) -Name $name }
    }

    AfterAll { $null = Connect-TestHub $script:emulator }

    It 'pages with -First and -Skip, sorts, and lists everything with -All' {
        (Get-QHubJob -Sort 'name,asc' -First 2).Name | Should -Be @('a', 'b')
        (Get-QHubJob -Sort 'name,asc' -Skip 3 -PageSize 2 -All).Name | Should -Be @('d', 'e')
        (Get-QHubJob -PageSize 2 -All).Count | Should -Be 5
        (Get-QHubJob -PageSize 2).Count | Should -Be 2
    }

    It 'reports a bad sort order' {
        { Get-QHubJob -Sort 'name,sideways' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidArgument,*'
    }

    It 'gets jobs by id and reports unknown ids as JobNotFound' {
        $first = Get-QHubJob -First 1
        (Get-QHubJob -Id $first.Id).Id | Should -Be $first.Id
        { Get-QHubJob -Id 'no-such-job' -ErrorAction Stop } | Should -Throw -ErrorId 'JobNotFound,*'
        { Get-QHubJob -Id '../backends' -ErrorAction Stop } | Should -Throw -ErrorId 'JobNotFound,*'
    }
}

Describe 'Waiting, cancelling and results' {
    It 'waits with progress and times out with WaitTimeout naming the jobs' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        Add-EmulatorFault $script:emulator @{ path = "/quantum/jobs/$($job.Id)/status"; kind = 'latency'; latency_ms = 1500; count = 3 }
        { $job | Wait-QHubJob -Timeout 1 -PollInterval 0.1 -ErrorAction Stop } | Should -Throw -ErrorId 'WaitTimeout,*'
    }

    It 'writes every job in its final state, failed ones too, and Receive-QHubJobResult is where a failure surfaces' {
        $bad = @{ gateset = 'qis'; qubits = 2; circuit = @(@{ type = 'h'; targets = @(5) }) }
        $jobs = @(1..3 | ForEach-Object { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) }) +
            (New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input $bad)
        $done = $jobs | Wait-QHubJob -PollInterval 0.1 -ErrorAction Stop
        $done.Count | Should -Be 4
        ($done.Status | Sort-Object -Unique) | Should -Be @('COMPLETED', 'FAILED')
        $failed = $done | Where-Object { $_.Status -eq 'FAILED' }
        $thrown = { $failed | Receive-QHubJobResult -ErrorAction Stop } | Should -Throw -ErrorId 'JobFailed,*' -PassThru
        $thrown.Exception.Message | Should -Match 'beyond'
        $results = $done | Receive-QHubJobResult -ErrorAction SilentlyContinue -ErrorVariable failures
        @($results).Count | Should -Be 3
        $failures.Count | Should -Be 1
        $file = Join-Path $TestDrive 'failed.json'
        { $failed | Save-QHubJobResult -Path $file -ErrorAction Stop } | Should -Throw -ErrorId 'JobFailed,*'
        Test-Path $file | Should -BeFalse
    }

    It 'exports tags and error data as text, not .NET type names' {
        $bad = @{ gateset = 'qis'; qubits = 2; circuit = @(@{ type = 'h'; targets = @(5) }) }
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input $bad -Tag nightly, team-a -NoRequestTag | Wait-QHubJob -PollInterval 0.1
        $row = $job | ConvertTo-Csv | ConvertFrom-Csv
        $row.Tags | Should -Be 'nightly, team-a'
        $row.ErrorData | Should -Match '^\{".*beyond.*\}$'
        $job.Tags | Should -Contain 'team-a'
        ($job | ConvertTo-Json | ConvertFrom-Json).Tags | Should -Be @('nightly', 'team-a')
    }

    It 'writes statuses, providers and other open enumerations as text in JSON and CSV' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) | Wait-QHubJob -PollInterval 0.1
        $json = $job | ConvertTo-Json | ConvertFrom-Json
        ($json.Status, $json.Provider, $json.InputFormat) | Should -Be @('COMPLETED', 'AWS', $job.InputFormat)
        $json.Status | Should -BeOfType [string]
        ($job | ConvertTo-Csv | ConvertFrom-Csv).Status | Should -Be 'COMPLETED'
        $job.Status -eq 'completed' | Should -BeTrue
        $backend = Get-QHubBackend -Id aws.sim.sv1 | ConvertTo-Json -Depth 1 | ConvertFrom-Json
        ($backend.Provider, $backend.Status) | Should -BeOfType [string]
        (Get-QHubSession -First 1 | ConvertTo-Json -Depth 1 | ConvertFrom-Json).Status | Should -BeOfType [string]
    }

    It 'writes the jobs that ended when the wait times out, and the timeout as a non-terminating error' {
        $quick = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) | Wait-QHubJob -PollInterval 0.1
        $held = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        Add-EmulatorFault $script:emulator @{ path = "/quantum/jobs/$($held.Id)/status"; kind = 'latency'; latency_ms = 1500; count = 3 }
        $done = $quick, $held | Wait-QHubJob -Timeout 1 -PollInterval 0.1 -ErrorAction SilentlyContinue -ErrorVariable failures
        @($done).Id | Should -Be @($quick.Id)
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'WaitTimeout,*'
    }

    It 'rides out an outage with one warning, polling on until the jobs end' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        Add-EmulatorFault $script:emulator @{ method = 'GET'; path = '/quantum/jobs/**'; kind = 'reset-before'; count = 6 }
        $done = $job | Wait-QHubJob -Timeout 60 -PollInterval 0.1 -ErrorAction Stop -WarningVariable warned -WarningAction SilentlyContinue
        $done.Status | Should -Be 'COMPLETED'
        @($warned).Count | Should -Be 1
        "$($warned[0])" | Should -Match 'still waiting, polling on until the wait''s timeout \(60 s\)'
    }

    It 'says that a wait without -Timeout rides out an outage until the Hub answers, not until a timeout it does not have' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        Add-EmulatorFault $script:emulator @{ method = 'GET'; path = '/quantum/jobs/**'; kind = 'reset-before'; count = 6 }
        $done = $job | Wait-QHubJob -PollInterval 0.1 -ErrorAction Stop -WarningVariable warned -WarningAction SilentlyContinue
        $done.Status | Should -Be 'COMPLETED'
        "$($warned[0])" | Should -Match 'until it answers: the wait has no -Timeout, so only Ctrl\+C ends it sooner'
        "$($warned[0])" | Should -Not -Match 'timeout \('
    }

    It 'waits for any one job with -Any' {
        $quick = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        $other = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        $other | Stop-QHubJob
        @($quick, $other | Wait-QHubJob -Any -PollInterval 0.1).Count | Should -BeGreaterOrEqual 1
    }

    It 'cancels with Stop-QHubJob, and -WhatIf cancels nothing' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        $job | Stop-QHubJob -WhatIf
        (Get-QHubJobStatus -Id $job.Id).Status | Should -BeIn @('PENDING', 'RUNNING')
        $job | Stop-QHubJob
        ($job | Wait-QHubJob -PollInterval 0.1).Status | Should -Be 'CANCELLED'
    }

    It 'warns, not fails, for a job that ended before it could be cancelled' {
        $ended = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) | Wait-QHubJob -PollInterval 0.1
        $ended.Status | Should -Be 'COMPLETED'
        $stopped = $ended | Stop-QHubJob -Confirm:$false -PassThru -ErrorAction Stop -WarningVariable told -WarningAction SilentlyContinue
        $stopped.Status | Should -Be 'COMPLETED'
        "$told" | Should -Match 'had already ended \(COMPLETED\).*nothing to cancel'
    }

    It 'says JobResultNotAvailable before the job is done' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit)
        { $job | Receive-QHubJobResult -ErrorAction Stop } | Should -Throw -ErrorId 'JobResultNotAvailable,*'
    }

    It 'receives the raw JSON and saves results to files, leaving nothing behind on failure' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) | Wait-QHubJob -PollInterval 0.1
        $raw = $job | Receive-QHubJobResult -Raw
        $raw | Should -BeOfType [string]
        $path = Join-Path $TestDrive 'result.json'
        $file = $job | Save-QHubJobResult -Path $path -PassThru
        $file.FullName | Should -Be $path
        Get-Content -Raw $path | Should -Be $raw
        { $job | Save-QHubJobResult -Path $path -ErrorAction Stop } | Should -Throw -ErrorId 'FileExists,*'
        $job | Save-QHubJobResult -Path $path -Force
        Add-EmulatorFault $script:emulator @{ path = "/quantum/jobs/$($job.Id)/result-stream"; kind = 'truncate'; count = 5 }
        $broken = Join-Path $TestDrive 'broken.json'
        { $job | Save-QHubJobResult -Path $broken -ErrorAction Stop } | Should -Throw
        $broken | Should -Not -Exist
        @(Get-ChildItem $TestDrive -Filter '*.partial' -Force).Count | Should -Be 0
    }

    It 'saves several piped jobs into a folder, and says how to make one that is missing instead of writing a file of its name' {
        $jobs = 1..2 | ForEach-Object { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) } | Wait-QHubJob -PollInterval 0.1
        $folder = Join-Path $TestDrive 'newdir'
        $jobs | Save-QHubJobResult -Path $folder -ErrorAction SilentlyContinue -ErrorVariable failed
        $folder | Should -Not -Exist
        $failed.Count | Should -Be 2
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'FolderNotFound,*'
        "$($failed[0])" | Should -Match ([regex]::Escape("New-Item -ItemType Directory -Path '$folder'"))

        $null = New-Item -ItemType Directory $folder
        $saved = $jobs | Save-QHubJobResult -Path $folder -PassThru
        $saved.Name | Sort-Object | Should -Be ($jobs.Id | ForEach-Object { "$_.json" } | Sort-Object)
        # As Get-Item writes them: the file view groups them under "Directory:", and Remove-Item binds them.
        $saved[0].PSParentPath | Should -Be (Get-Item -LiteralPath $saved[0].FullName).PSParentPath
        $saved[0].PSChildName | Should -Be $saved[0].Name
        ($saved | Out-String -Width 80) | Should -Match ([regex]::Escape("Directory: $folder"))
        $saved | Remove-Item
        Get-ChildItem $folder | Should -BeNullOrEmpty
    }

    It 'tells a script the same as the console: $_.Exception.Message of a result not there yet, of a cancelled job, of an OFFLINE backend' {
        $held = New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input (New-BellCircuit)
        Invoke-RestMethod -Method Post "$($script:emulator.Root)/_emulator/jobs/$($held.Id)/hold" -Headers @{ 'X-Auth-Token' = $script:DevToken }
        try { $held | Receive-QHubJobResult -ErrorAction Stop } catch { $running = $_ }
        $running.FullyQualifiedErrorId | Should -BeLike 'JobResultNotAvailable,*'
        $running.Exception.Message | Should -Be $running.ErrorDetails.Message
        $running.Exception.Message | Should -Match 'Wait for it first'
        $running.Exception.Message | Should -Not -Match 'organization'
        $running.Exception.GetType().Name | Should -Be 'NotFoundException' -Because 'the type stays, for typed catches'

        $held | Stop-QHubJob
        Invoke-RestMethod -Method Post "$($script:emulator.Root)/_emulator/jobs/$($held.Id)/release" -Headers @{ 'X-Auth-Token' = $script:DevToken }
        $null = $held | Wait-QHubJob -PollInterval 0.1
        try { $held | Receive-QHubJobResult -ErrorAction Stop } catch { $cancelled = $_ }
        $cancelled.FullyQualifiedErrorId | Should -BeLike 'JobCancelled,*'
        $cancelled.Exception.Message | Should -Match 'was cancelled: it has no result, and waiting will not bring one'

        $offline = (Get-QHubBackend | Where-Object Status -EQ 'OFFLINE' | Select-Object -First 1).Id
        try { New-QHubJob -BackendId $offline -Shots 1 -Input (New-BellCircuit) -ErrorAction Stop } catch { $unavailable = $_ }
        $unavailable.FullyQualifiedErrorId | Should -BeLike 'BackendUnavailable,*'
        $unavailable.Exception.Message | Should -Match 'Pick a backend that is ONLINE'
    }

    It 'reads the input and calibration of a job' {
        $job = New-QHubJob -BackendId aws.ionq.aria -Shots 10 -Input (New-BellCircuit) | Wait-QHubJob -PollInterval 0.1
        ($job | Get-QHubJobInput).gateset | Should -Be 'qis'
        ($job | Get-QHubJobCalibration).BackendId | Should -Be 'aws.ionq.aria'
    }
}

Describe 'Workloads and raw requests' {
    It 'lists jobs and sessions together' {
        $session = New-QHubSession -BackendId aws.sim.sv1
        $types = (Get-QHubWorkload -First 50).Type | Sort-Object -Unique
        $types | Should -Contain 'SESSION'
        $types | Should -Contain 'JOB'
        $session | Close-QHubSession
    }

    It 'calls any endpoint with Invoke-QHubRequest, with the connection''s auth' {
        (Invoke-QHubRequest -Path 'backends/aws.sim.sv1').id | Should -Be 'aws.sim.sv1'
        (Invoke-QHubRequest -Api User -Path me).email | Should -Be 'dev@emulator.local'
        (Invoke-QHubRequest -Path backends -Query @{ provider = 'IBM' }).Count | Should -BeGreaterThan 2
        { Invoke-QHubRequest -Path '../user-service/me' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidArgument,*'
        { Invoke-QHubRequest -Path 'jobs/nope' -ErrorAction Stop } | Should -Throw -ErrorId 'ResourceNotFound,*'
    }
}

Describe 'Sessions' {
    It 'pipes a session to its jobs and the jobs to Stop-QHubJob, the session''s Id never taken for a job''s' {
        $session = New-QHubSession -BackendId aws.sim.sv1 -Mode batch -Provider AWS
        $jobs = 1..2 | ForEach-Object { New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input (New-BellCircuit) -SessionId $session.Id }
        # Held by the emulator in PENDING, so that there is something to stop however slow the machine is.
        foreach ($job in $jobs) { Invoke-RestMethod -Method Post "$($script:emulator.Root)/_emulator/jobs/$($job.Id)/hold" -Headers @{ 'X-Auth-Token' = $script:DevToken } }
        $null = New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input (New-BellCircuit)

        (Get-QHubSession -Id $session.Id | Get-QHubJob).Id | Sort-Object | Should -Be ($jobs.Id | Sort-Object)
        Get-QHubSession -Id $session.Id | Get-QHubJob | Stop-QHubJob -Confirm:$false
        foreach ($job in $jobs) { (Get-QHubJobStatus -Id $job.Id).Status | Should -BeIn 'CANCELLING', 'CANCELLED' }
        (Get-QHubJob -Session $session).Count | Should -Be 2
        $session | Close-QHubSession
    }

    It 'opens, drains, resumes, closes idempotently, and refuses backends without sessions' {
        $session = New-QHubSession -BackendId aws.sim.sv1 -Ttl 600 -Tag demo
        $session.Status | Should -Be 'OPEN'
        (Set-QHubSession -Id $session.Id -AcceptJobs $false -PassThru).Status | Should -Be 'DRAINING'
        (Set-QHubSession -Id $session.Id -AcceptJobs $true -PassThru).Status | Should -Be 'ACTIVE'
        $session | Close-QHubSession
        $session | Close-QHubSession
        (Get-QHubSession -Id $session.Id).Status | Should -Be 'CLOSED'
        { New-QHubSession -BackendId azure.ionq.simulator -ErrorAction Stop } | Should -Throw -ErrorId 'SessionsNotSupported,*'
    }

    It 'lists sessions without an id, behind newer jobs, and never prompts' {
        $older = New-QHubSession -BackendId aws.sim.sv1
        $newer = New-QHubSession -BackendId aws.sim.sv1
        1..6 | ForEach-Object { $null = New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input (New-BellCircuit) }
        $listed = @(Get-QHubSession -PageSize 3)
        $listed[0].Id | Should -Be $newer.Id
        $listed[1].Id | Should -Be $older.Id
        # The client's types live in KipuHub's private load context: PowerShell cannot name them, so compare names.
        $listed | ForEach-Object { $_.GetType().FullName | Should -Be 'KipuHub.Client.Quantum.Models.Session' }
        @(Get-QHubSession -First 1 -Skip 1).Id | Should -Be $older.Id
        @(Get-QHubSession -All).Count | Should -BeGreaterOrEqual 2
        $newer, $older | Close-QHubSession
    }

    It 'stops a session and its jobs with -Force and no prompt' {
        $session = New-QHubSession -BackendId aws.sim.sv1
        $job = $session | New-QHubJob -Shots 10 -Input (New-BellCircuit)
        $stopped = $session | Stop-QHubSession -Force -PassThru
        $stopped.Id | Should -Be $session.Id
        $stopped.Status | Should -Be 'ABORTED'
        (Get-QHubJobStatus -Id $job.Id).Status | Should -Be 'ABORTED'
    }
}
