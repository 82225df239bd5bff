BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest -Connect
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Get-QHubBackend' {
    It 'lists backends as typed objects, filtered by provider' {
        $backends = Get-QHubBackend -Provider AWS
        $backends.Count | Should -BeGreaterThan 3
        $backends | ForEach-Object { $_.Provider | Should -Be 'AWS' }
        $backends[0].PSObject.TypeNames[0] | Should -Be 'KipuHub.Client.Quantum.Models.Backend'
        ($backends | Format-Table | Out-String) | Should -Match 'Qubits'
    }

    It 'gets backends by id, from the pipeline too' {
        ('aws.sim.sv1', 'ibm.kyiv' | Get-QHubBackend).Id | Should -Be @('aws.sim.sv1', 'ibm.kyiv')
    }

    It 'finds the least busy IBM backend and refuses other providers' {
        (Get-QHubBackend -LeastBusy -Provider IBM).Provider | Should -Be 'IBM'
        { Get-QHubBackend -LeastBusy -Provider AWS -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidBackendRequest,*'
    }

    It 'reports an unknown backend as BackendNotFound' {
        { Get-QHubBackend -Id no.such.backend -ErrorAction Stop } | Should -Throw -ErrorId 'BackendNotFound,*'
    }

    It 'writes non-terminating errors for unknown ids in the pipeline and goes on' {
        $found = 'no.such', 'aws.sim.sv1' | Get-QHubBackend -ErrorAction SilentlyContinue -ErrorVariable failures
        $found.Id | Should -Be 'aws.sim.sv1'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'BackendNotFound,*'
        $failures[0].TargetObject | Should -Be 'no.such'
    }
}

Describe 'Backend status, configuration and calibration' {
    It 'pipes backends into the status, config and calibration cmdlets' {
        $backend = Get-QHubBackend -Id ibm.kyiv
        ($backend | Get-QHubBackendStatus).BackendId | Should -Be 'ibm.kyiv'
        ($backend | Get-QHubBackendConfig).qubit_count | Should -Be 127
        ($backend | Get-QHubBackendConfig -Raw) | Should -BeOfType [string]
        ($backend | Get-QHubBackendCalibration).CalibratedAt | Should -Not -BeNullOrEmpty
        Get-QHubBackendCalibration -Id ibm.kyiv -EffectiveAt '2025-01-01' | Should -BeNullOrEmpty
    }
}
