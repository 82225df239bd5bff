BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest -Connect

    function Get-InputJson {
        param([string] $JobId)
        # The input as the Hub holds it, parsed back: escapes such as \u002B read as the characters they are.
        Invoke-QHubRequest -Path "jobs/$JobId/input" -Raw | ConvertFrom-Json -AsHashtable -DateKind String
    }
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Values sent as JSON in the <_> culture' -ForEach 'de-DE', 'en-US', '' {
    BeforeAll {
        $script:culture = [cultureinfo]::CurrentCulture
        [cultureinfo]::CurrentCulture = [cultureinfo]::new($_)
    }

    AfterAll { [cultureinfo]::CurrentCulture = $script:culture }

    It 'sends dates as ISO 8601 and numbers without decimal commas, in the input and its parameters' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input @{
            gateset = 'qis'; qubits = 1; circuit = @(@{ type = 'h'; targets = @(0) })
            when = [datetime]'2026-11-22T10:30:00'; ratio = 0.5; id = [guid]'0f8fad5b-d9cb-469f-a165-70867728950e'
        } -InputParams @{ at = [datetimeoffset]'2026-11-22T10:30:00+01:00'; utc = [datetime]::new(2026, 11, 22, 9, 30, 0, [DateTimeKind]::Utc) }
        $sent = Get-InputJson $job.Id
        $sent.when | Should -Be '2026-11-22T10:30:00.0000000'
        $sent.ratio | Should -Be 0.5
        $sent.id | Should -Be '0f8fad5b-d9cb-469f-a165-70867728950e'
        $job.InputParams.at | Should -Be '2026-11-22T10:30:00.0000000+01:00'
        $job.InputParams.utc | Should -Be '2026-11-22T09:30:00.0000000Z'
    }

    It 'keeps one-element and empty arrays as arrays, and ordered keys in order' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input ([ordered]@{ gateset = 'qis'; qubits = 1; circuit = @(@{ type = 'h'; targets = @(0) }); empty = @(); zeta = 1; alpha = 2 })
        $raw = Invoke-QHubRequest -Path "jobs/$($job.Id)/input" -Raw
        $raw | Should -Match '"circuit":\[\{'
        $raw | Should -Match '"targets":\[0\]'
        $raw | Should -Match '"empty":\[\]'
        $raw.IndexOf('"zeta"') | Should -BeLessThan $raw.IndexOf('"alpha"')
    }

    It 'sends a job input read back with Get-QHubJobInput as the same JSON' {
        $first = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input ([ordered]@{ gateset = 'qis'; qubits = 2; circuit = @(@{ type = 'h'; targets = @(0) }, @{ type = 'cnot'; controls = @(0); targets = @(1) }); angle = 0.1; when = [datetime]'2026-01-02T03:04:05' })
        $again = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (Get-QHubJobInput -Id $first.Id)
        Invoke-QHubRequest -Path "jobs/$($again.Id)/input" -Raw | Should -Be (Invoke-QHubRequest -Path "jobs/$($first.Id)/input" -Raw)
    }
}

Describe 'Values that are never sent' {
    BeforeAll {
        $script:credential = [pscredential]::new('user', (ConvertTo-SecureString 'not-sent' -AsPlainText -Force))
        $script:loop = @{ gateset = 'qis' }
        $script:loop.self = $script:loop
    }

    It 'refuses <Name> with InvalidJobInput, names where it sits, and sends nothing' -ForEach @(
        @{ Name = 'a script block'; Value = { @{ qubits = 1; circuit = @(@{ gate = { 'h' } }) } }; Path = 'input\.circuit\[0\]\.gate' }
        @{ Name = 'a PSCredential'; Value = { @{ qubits = 1; login = $script:credential } }; Path = 'input\.login' }
        @{ Name = 'a SecureString'; Value = { @{ qubits = 1; circuit = @(1, 2, @{ gate = $script:credential.Password }) } }; Path = 'input\.circuit\[2\]\.gate' }
        @{ Name = 'a cycle'; Value = { $script:loop }; Path = 'input\.self' }
    ) {
        $before = @(Get-EmulatorJob $script:emulator).Count
        $thrown = { New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (& $Value) -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidJobInput,*' -PassThru
        $thrown.Exception.Message | Should -Match $Path
        $thrown.Exception.Message | Should -Not -Match 'not-sent'
        @(Get-EmulatorJob $script:emulator).Count | Should -Be $before
    }

    It 'refuses a script block in -Body of Invoke-QHubRequest before any request' {
        { Invoke-QHubRequest -Method POST -Path jobs -Body @{ steps = @({ 1 }) } -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidArgument,*'
    }
}
