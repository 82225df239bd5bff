# Routes bound from the Hub's own OpenAPI documents: Test-QHubApiCompatibility against an emulator that agrees with
# KipuHub's route tables, and cmdlets re-binding against one whose documents move some inferred operations.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $env:KIPUHUB_MODULE_PATH -Force
    $script:agreeing = Start-TestEmulator
    $script:moved = Start-TestEmulator -ExtraArguments '--moved-routes'
}

AfterAll {
    Disconnect-QHub
    Stop-TestEmulator $script:agreeing
    Stop-TestEmulator $script:moved
}

Describe 'Test-QHubApiCompatibility' {
    It 'lists every operation of the three Hub APIs, all Documented where the Hub agrees with the tables' {
        $c = Connect-TestHub $script:agreeing
        $rows = Test-QHubApiCompatibility -Connection $c -Verbose 4>&1
        $summary = $rows | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match 'operations' }
        $rows = $rows | Where-Object { $_ -is [KipuHub.PowerShell.Compatibility.OperationCompatibility] }

        ($rows.Api | Select-Object -Unique) -join ' ' | Should -Be 'Quantum Platform User'
        $rows | Where-Object Status -ne Documented | Should -BeNullOrEmpty
        $rows.OperationId | Should -Contain 'createSession'
        $rows.OperationId | Should -Contain 'getDataPools'
        ($rows | Where-Object OperationId -eq 'searchJobs').Cmdlet | Should -Match 'Get-QHubJob'
        ($rows | Where-Object OperationId -eq 'getCredits').Evidence | Should -Be 'Inferred'
        $rows | Where-Object { -not $_.Cmdlet } | ForEach-Object OperationId | Sort-Object |
            Should -Be @('authorize', 'getCostsByMonth', 'getServiceJobLogs', 'getServiceVersion', 'getServiceVersions')
        @($summary).Count | Should -Be 3
        $summary[1].Message | Should -Match '^Platform: (\d+) operations, \1 documented, 0 moved, 0 undocumented\.$'
    }

    It 'reports Moved and Undocumented operations with the documented route' {
        $c = Connect-TestHub $script:moved
        $rows = Test-QHubApiCompatibility -Connection $c | Where-Object Status -ne Documented

        $rows | ForEach-Object { "$($_.Status) $($_.OperationId)" } | Sort-Object | Should -Be @(
            'Moved createOrganization', 'Moved getLeastBusyBackend', 'Moved getOrganization', 'Moved getOrganizations',
            'Moved getPersonalAccessTokens', 'Moved getSessionStatus', 'Moved markAllNotificationsRead', 'Undocumented getCredits')
        ($rows | Where-Object OperationId -eq getOrganization).DocumentedRoute | Should -Be 'GET v2/organizations/{organizationId}'
        ($rows | Where-Object OperationId -eq getOrganization).Route | Should -Be 'GET organizations/{id}'
        ($rows | Where-Object OperationId -eq getCredits).DocumentedRoute | Should -BeNullOrEmpty
    }

    It 'is ApiDocumentUnavailable for an API whose document cannot be read, and goes on with the others' {
        $c = Connect-QHub -Endpoint $script:agreeing.Root -Token (Get-DevToken) -PassThru -QuantumEndpoint "$($script:agreeing.Root)/no-such-api"
        $rows = Test-QHubApiCompatibility -Connection $c -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems.FullyQualifiedErrorId | Should -Be 'ApiDocumentUnavailable,KipuHub.PowerShell.Cmdlets.Hub.TestQHubApiCompatibilityCommand'
        $rows.Api | Select-Object -Unique | Should -Be @('Platform', 'User')
        { Test-QHubApiCompatibility -Api Quantum -Connection $c } | Should -Throw -ErrorId 'ApiDocumentUnavailable,*'
    }
}

Describe 'Cmdlets against a Hub whose documents moved some routes' {
    BeforeAll { $null = Connect-TestHub $script:moved }

    It 'creates once and finds it again, re-binding both routes, and says so in -Verbose' {
        $name = "Moved Team $(Get-Random)"
        $created = New-QHubOrganization -Name $name -Verbose 4>&1
        $verbose = $created | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $organization = $created | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
        $verbose.Message | Should -Contain 'createOrganization: POST organizations answered 404; the Hub documents it at POST /v2/organizations, where this connection sends it from now on.'

        @(Get-QHubOrganization | Where-Object Name -eq $name).Count | Should -Be 1
        (Get-QHubOrganization -Id $organization.Id).Name | Should -Be $name
        (Get-QHubOrganization -Id $organization.Id -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message |
            Should -Not -Match 'answered 404'
    }

    It 'sends query parameters as the document spells them and takes a 404 there as the resource''s' {
        (Get-QHubBackend -LeastBusy -Provider IBM -MinQubits 150).Id | Should -Be 'ibm.fez'
        { Get-QHubBackend -LeastBusy -Provider IBM -MinQubits 200 } | Should -Throw -ErrorId 'BackendNotFound,*'
    }

    It 'follows a 405 to the documented method' {
        { Set-QHubNotification -All -Confirm:$false } | Should -Not -Throw
    }

    It 'says which documented operations are nearest when the Hub does not document one' {
        $failure = { Get-QHubCredit } | Should -Throw -ErrorId 'OperationNotDocumented,*' -PassThru
        $failure.Exception.Message | Should -Match 'does not document the operation getCredits'
        $failure.Exception.Message | Should -Match 'Invoke-QHubOperation -Api Platform -OperationId get\w+'
        $failure.CategoryInfo.Category | Should -Be 'NotImplemented'
    }
}
