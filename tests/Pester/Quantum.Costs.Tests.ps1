# A price before you pay: Measure-QHubJobCost, New-QHubJob -MaxCost and -WhatIf, held to what the emulator bills.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest
    $script:priced = Connect-TestHub $script:emulator -Organization 'org-costs'
    $script:qasm = Join-Path $TestDrive 'ghz.qasm'
    "OPENQASM 2.0;`ninclude `"qelib1.inc`";`nqreg q[3];`ncreg c[3];`nh q[0];`ncx q[0],q[1];`ncx q[1],q[2];`nx q;`nmeasure q -> c;" |
        Set-Content $script:qasm
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Measure-QHubJobCost' {
    It 'estimates what the emulator bills, for every backend priced by job, shot or gate' {
        $backends = Get-QHubBackend -Connection $script:priced | Where-Object { $_.Status -eq 'ONLINE' -and $_.Costs -and
            @($_.Costs | Where-Object Granularity -In 'minute', 'second', 'millisecond').Count -eq 0 }
        @($backends | Where-Object { $_.Costs.Granularity -contains '2-Qubit Gate Shot' }).Count | Should -BeGreaterThan 0 -Because 'a gate-priced backend must be among them'
        foreach ($backend in $backends) {
            $formats = $backend.Configuration.SupportedInputFormats
            $input = if ($formats -contains 'IONQ_CIRCUIT_V1') { @{ Input = New-BellCircuit } } else { @{ InputFile = $script:qasm } }
            $estimate = Measure-QHubJobCost -BackendId $backend.Id -Shots 200 @input -Connection $script:priced
            $job = New-QHubJob -BackendId $backend.Id -Shots 200 @input -Connection $script:priced | Wait-QHubJob -PollInterval 0.1 -Connection $script:priced
            $job.Status | Should -Be 'COMPLETED'
            $charge = $job | Get-QHubBillingHistory -Connection $script:priced
            if ($estimate.Free) {
                @($charge | Where-Object Amount -GT 0) | Should -BeNullOrEmpty -Because "$($backend.Id) is free"
            } else {
                $charge.Amount | Should -Be $estimate.Amount -Because "$($backend.Id) bills what it estimates"
            }
        }
    }

    It 'counts the gates of an OpenQASM program for a gate-priced backend' {
        $estimate = Measure-QHubJobCost -BackendId iqm.emerald -Shots 100 -InputFile $script:qasm -Connection $script:priced
        ($estimate.OneQubitGates, $estimate.TwoQubitGates) | Should -Be @(4, 2)
        $estimate.Amount | Should -Be ([decimal](100 * (4 * 0.00003 + 2 * 0.0003)))
    }

    It 'gives a time-priced backend its rate and an open total, never a bare number, and says free where nothing is priced' {
        $timed = Measure-QHubJobCost -BackendId ibm.kyiv -Shots 100 -Input (New-BellCircuit) -Connection $script:priced
        "$($timed.Rates)" | Should -Be '1.6 USD per second'
        $timed.Bounded | Should -BeFalse
        $timed.Summary | Should -Be '0.00 USD + 1.6 USD per second (total open)'
        $shown = $timed | Out-String -Width 80
        $shown | Should -Match 'Estimate\s+: 0\.00 USD \+ 1\.6 USD per second \(total open\)'
        $shown | Should -Not -Match 'Amount'
        ($timed | ConvertTo-Csv | Out-String) | Should -Not -Match 'TextList|System\.'
        $free = Measure-QHubJobCost -BackendId azure.ionq.simulator -Shots 100 -Input (New-BellCircuit) -Connection $script:priced
        $free.Free | Should -BeTrue
        $free.Summary | Should -Be 'free'
    }

    It 'estimates a job that exists from its input, piped' {
        $job = New-QHubJob -BackendId aws.ionq.aria -Shots 50 -Input (New-BellCircuit) -Connection $script:priced
        ($job | Measure-QHubJobCost -Connection $script:priced).Amount | Should -Be 1.8
    }
}

Describe 'New-QHubJob -MaxCost and -WhatIf' {
    It 'refuses a job above -MaxCost before anything is sent, and sends one within it' {
        $before = @(Get-EmulatorJob $script:emulator).Count
        { New-QHubJob -BackendId aws.ionq.aria -Shots 100 -Input (New-BellCircuit) -MaxCost 1 -Connection $script:priced -ErrorAction Stop } |
            Should -Throw -ErrorId 'CostLimitExceeded,*'
        @(Get-EmulatorJob $script:emulator).Count | Should -Be $before
        $job = New-QHubJob -BackendId aws.ionq.aria -Shots 10 -Input (New-BellCircuit) -MaxCost 1 -Connection $script:priced
        $job.Id | Should -Not -BeNullOrEmpty
    }

    It 'refuses -MaxCost for a backend priced by time, whose total cannot be held to it, before anything is sent' {
        $before = @(Get-EmulatorJob $script:emulator).Count
        foreach ($backend in 'ibm.kyiv', 'aws.sim.sv1') {
            $thrown = { New-QHubJob -BackendId $backend -Shots 10 -Input (New-BellCircuit) -MaxCost 1000 -Connection $script:priced -ErrorAction Stop } |
                Should -Throw -ErrorId 'CostLimitUnenforceable,*' -PassThru
            $thrown.Exception.Message | Should -Match 'priced by time \(.* per (second|minute)\).*priced by shot or gate.*drop -MaxCost'
        }
        @(Get-EmulatorJob $script:emulator).Count | Should -Be $before
    }

    It 'says the estimate under -WhatIf and sends nothing' {
        $before = @(Get-EmulatorJob $script:emulator).Count
        $root = $script:emulator.Root
        $said = pwsh -NoProfile -NonInteractive -Command "Import-Module '$env:KIPUHUB_MODULE_PATH'; Connect-QHub -Endpoint $root -Token (ConvertTo-SecureString '$script:DevToken' -AsPlainText -Force); New-QHubJob -BackendId aws.ionq.aria -Shots 100 -Input '{`"qubits`": 1, `"circuit`": []}' -WhatIf"
        ($said -join ' ') | Should -Match 'estimated 3.30 USD'
        @(Get-EmulatorJob $script:emulator).Count | Should -Be $before
    }
}
