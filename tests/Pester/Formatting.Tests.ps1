BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest -Connect
    $script:session = New-QHubSession -BackendId aws.sim.sv1
    $script:job = New-QHubJob -BackendId azure.ionq.simulator -Shots 10 -Input (New-BellCircuit) -Name 'a-rather-long-job-name'
    $null = $script:job | Stop-QHubJob
    $script:job = $script:job | Wait-QHubJob -PollInterval 0.1
}

AfterAll {
    $script:session | Close-QHubSession
    Complete-KipuHubTest $script:emulator
}

# What a user sees in an 80-column console: the default view of each object, rendered at that width.
Describe 'The default views at 80 columns' {
    It 'shows <Name> with its key columns in full' -ForEach @(
        @{ Name = 'a job'; Render = { $script:job }; Expected = 'CANCELLED', 'azure.ionq.simulator', 'Status', 'BackendId' }
        @{ Name = 'a job listing'; Render = { Get-QHubJob -First 3 }; Expected = 'CANCELLED', 'Shots' }
        @{ Name = 'a session'; Render = { Get-QHubSession -Id $script:session.Id }; Expected = 'OPEN', 'AWS', 'aws.sim.sv1' }
        @{ Name = 'a workload'; Render = { Get-QHubWorkload -First 5 }; Expected = 'SESSION', 'CANCELLED', 'azure.ionq.simulator' }
        @{ Name = 'a backend'; Render = { Get-QHubBackend -Id aws.rigetti.ankaa }; Expected = 'aws.rigetti.ankaa', 'SIMULATOR|QPU', 'ONLINE|OFFLINE|PAUSED|RETIRED' }
        @{ Name = 'a calibration'; Render = { Get-QHubBackendCalibration -Id aws.ionq.aria }; Expected = 'aws.ionq.aria', 'CalibratedAt' }
        @{ Name = 'the context'; Render = { Get-QHubContext }; Expected = 'dev@emulator.local', 'Personal', 'TokenSource' }
        @{ Name = 'a catalog service'; Render = { New-QHubWorkflowService -Name "a-service-with-a-long-name-$(Get-Random)" }; Expected = 'CREATED', '1\.0\.0', 'Lifecycle' }
        @{ Name = 'a service version'; Render = { (New-QHubWorkflowService -Name "versioned-$(Get-Random)") | Publish-QHubService -Confirm:$false }; Expected = 'PUBLISHED', '1\.0\.0' }
        @{ Name = 'a service job'; Render = { New-QHubServiceJob -VersionId (New-QHubWorkflowService -Name "jobs-$(Get-Random)").LatestVersion.Id }; Expected = 'PENDING' }
        @{ Name = 'an organization'; Render = { New-QHubOrganization -Name "A Team With A Long Name $(Get-Random)" }; Expected = 'OWNER', 'Members' }
        @{ Name = 'organization members'; Render = { New-QHubOrganization -Name "members-$(Get-Random)" | Add-QHubOrganizationMember -UserId user-grace -Role MAINTAINER }; Expected = 'user-grace', 'Grace Hopper', 'MAINTAINER', 'grace@emulator\.local' }
        @{ Name = 'a provider token'; Render = { New-QHubOrganization -Name "tokens-$(Get-Random)" | Set-QHubProviderToken -Provider IBM -Token (ConvertTo-SecureString 'abcdefgh1234' -AsPlainText -Force) -Confirm:$false }; Expected = 'IBM', '1234' }
        @{ Name = 'a data pool grant'; Render = { New-QHubDataPool -Name "granted-$(Get-Random)" | New-QHubDataPoolGrant -ServiceId service-qaoa }; Expected = 'service-qaoa'; WithoutId = $true }
        @{ Name = 'a grant to a service with a full-length id'; Render = { $script:granted = New-QHubWorkflowService -Name "granted-$(Get-Random)"; New-QHubDataPool -Name "pool-$(Get-Random)" | New-QHubDataPoolGrant -ServiceId $script:granted.Id }; Expected = { $script:granted.Id }, 'never'; WithoutId = $true }
        @{ Name = 'access tokens'; Render = { $null = New-QHubAccessToken -Name "expiring-$(Get-Random)" -ExpiresAt (Get-Date).AddDays(30); Get-QHubAccessToken }; Expected = 'ExpiresAt', { (Get-Date).AddDays(30).ToString('yyyy-MM-dd') } }
        @{ Name = 'a sent invitation'; Render = { New-QHubOrganization -Name "Quantum Chemistry Group $(Get-Random -Maximum 999)" | New-QHubInvitation -Email grace@emulator.local -Role MAINTAINER }; Expected = 'Quantum Chemistry Group \d+', 'MAINTAINER', 'grace@emulator\.local', 'PENDING'; WithoutId = $true }
        @{ Name = 'the context of an organization'; Render = { $org = New-QHubOrganization -Name "Shown By Name $(Get-Random -Maximum 99)"; Set-QHubContext -OrganizationId $org.Id; Get-QHubContext; Set-QHubContext -Personal }; Expected = 'Shown By Name \d+ \(org-[0-9a-f]+\)' }
        @{ Name = 'an algorithm'; Render = { New-QHubAlgorithm -Name "Quantum approximate optimization $(Get-Random)" -ProblemType optimization }; Expected = 'optimization', 'ProblemType' }
        @{ Name = 'an implementation'; Render = { New-QHubAlgorithm -Name "algo-$(Get-Random)" | New-QHubImplementation -Name qaoa-qiskit -ProgrammingLanguage Python }; Expected = 'qaoa-qiskit', 'Python' }
        @{ Name = 'a use case'; Render = { New-QHubUseCase -Title "Portfolio optimization $(Get-Random)" -Industry Finance }; Expected = 'Finance', 'Industry' }
        @{ Name = 'a git integration'; Render = { New-QHubGitIntegration -Name "git-$(Get-Random)" -Provider GITHUB -Token (ConvertTo-SecureString 'ghp_x1234567' -AsPlainText -Force) }; Expected = 'GITHUB', 'yes' }
        @{ Name = 'an invitation'; Render = { New-QHubOrganization -Name "invite-$(Get-Random)" | New-QHubInvitation -Email grace@emulator.local -Role MAINTAINER }; Expected = 'grace@emulator\.local', 'PENDING'; WithoutId = $true }
        @{ Name = 'operations held to the live document'; Render = { Test-QHubApiCompatibility -Api User }; Expected = 'Documented', 'getCurrentUser', 'Set-QHubUser' }
        @{ Name = 'a data pool share'; Render = { New-QHubDataPool -Name "shared-$(Get-Random)" | New-QHubDataPoolShare -WithOrganizationId org-partners -Permission MAINTAINER }; Expected = 'ORGANIZATION', 'org-partners', 'MAINTAINER' }
    ) {
        # Rendered once: some of these create what they show.
        $shown = & $Render
        $text = $shown | Out-String -Width 80
        foreach ($line in $text -split "`r?`n") { $line.TrimEnd().Length | Should -BeLessOrEqual 80 -Because $line }
        # Invitations and grants are acted on by piping them: their table spends the width on what they are about.
        $id = ($shown | Select-Object -First 1).Id
        if ($id -and -not $WithoutId) { $text | Should -Match ([regex]::Escape($id)) }
        foreach ($word in $Expected) {
            if ($word -is [scriptblock]) { $word = [regex]::Escape((& $word)) }
            $text | Should -Match "(^|\s)($word)(\s|$)"
        }
    }

    It 'names the context''s organization by its name in a prompt, not only by its id' {
        $org = New-QHubOrganization -Name "Prompted $(Get-Random -Maximum 99)"
        $null = $org | Add-QHubOrganizationMember -UserId user-ada -Role VIEWER
        # What -WhatIf prints goes to the host: a child pwsh's output is that host's.
        $script = "Import-Module '$env:KIPUHUB_MODULE_PATH'; " +
            "`$null = Connect-QHub -Endpoint '$($script:emulator.Root)' -Token (ConvertTo-SecureString '$script:DevToken' -AsPlainText -Force) -OrganizationId '$($org.Id)'; " +
            'Remove-QHubOrganizationMember -UserId user-ada -WhatIf'
        $printed = pwsh -NoProfile -NonInteractive -Command $script
        "$printed" | Should -Match ([regex]::Escape("member user-ada of organization $($org.Name) ($($org.Id))"))
    }

    It 'prints the backend table the README shows' {
        $readme = Get-Content -Raw (Join-Path $PSScriptRoot '../../README.md')
        $block = [regex]::Match($readme, '(?s)Get-QHubBackend -Provider IBM\n.*?```text\n(?<table>.*?)```').Groups['table'].Value
        $shown = @(($block.Trim() -split "`n`n")[0] -split "`n")
        $printed = @((Get-QHubBackend -Provider IBM | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() } |
            ForEach-Object TrimEnd)
        $shown.Count | Should -BeGreaterThan 2
        # The queue moves; every column before it is as printed.
        $withoutQueue = { param($line) $line -replace '\s+\S+$' }
        $shown | ForEach-Object { & $withoutQueue $_ } | Should -Be ($printed | ForEach-Object { & $withoutQueue $_ })
    }

    It 'shows a backend''s nested objects as text in a list view' {
        $text = Get-QHubBackend -Id aws.ionq.aria | Format-List | Out-String -Width 80
        $text | Should -Not -Match 'KipuHub\.Client\.'
        $text | Should -Match 'Configuration\s+: \d+ qubits'
        $text | Should -Match 'Costs\s+: \{[\d.]+ USD per'
    }
}

# Every type a cmdlet declares, and every PSObject type name it writes, rendered at 80 columns: no line wider, no
# key value cut with an ellipsis, no header squeezed to a letter per line. A new output type needs a row here.
Describe 'Every type the module emits, at 80 columns' {
    BeforeAll {
        # Random names of letters: a name shortened at its end then never looks like a number cut short.
        function script:New-Word { -join ((97..122) | Get-Random -Count 8 | ForEach-Object { [char]$_ }) }
        $script:app = New-QHubApplication -Name "an-application-with-a-long-name-$(New-Word)"
        $script:algorithm = New-QHubAlgorithm -Name "Quantum approximate optimization $(New-Word)" -ProblemType optimization
        $script:pool = New-QHubDataPool -Name "a-data-pool-$(New-Word)"
        $null = 'x' * 40 | Set-Content (Join-Path $TestDrive 'a-file-with-a-rather-long-name.json')
        $script:source = Join-Path $TestDrive 'source'
        $null = New-Item -ItemType Directory -Force (Join-Path $script:source 'src')
        "def run(data, params):`n    return data" | Set-Content (Join-Path $script:source 'src/program.py')
        $script:version = (New-QHubWorkflowService -Name "rendered-$(New-Word)").LatestVersion
        $secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
        $script:gateway = Connect-QHubService -Uri "$($script:emulator.Root)/gateway/demo/my-service/1.0.0" -ConsumerKey emulator-key -ConsumerSecret $secret -PassThru
        $script:execution = Start-QHubServiceExecution -Input @{} | Wait-QHubServiceExecution -PollInterval 0.1
        # A job on a priced backend: a charge for the cost views.
        $script:charged = New-QHubJob -BackendId aws.ionq.aria -Shots 10 -Input (New-BellCircuit) | Wait-QHubJob -PollInterval 0.1
        $script:render = @{
            'OpenApiOperation'        = { Get-QHubOperation -Api Quantum | Select-Object -First 5 }
            'Account'                 = { Get-QHubAccount }
            'Algorithm'               = { $script:algorithm }
            'AlgorithmPermission'     = { $script:algorithm | Set-QHubAlgorithmPermission -WithOrganizationId org-partners -Permission VIEWER -Confirm:$false }
            'AlgorithmRelation'       = { $script:algorithm | Add-QHubAlgorithmRelation -TargetAlgorithmId $script:algorithm.Id -RelationType SPECIAL_CASE_OF -Confirm:$false }
            'AlgorithmSketch'         = { $script:algorithm | Add-QHubAlgorithmSketch -Title 'A sketch with a title long enough to wrap' -Confirm:$false }
            'Application'             = { $script:app }
            'Balance'                 = { Get-QHubBalance }
            'MonthAmount'             = { Get-QHubRevenue }
            'BillingHistoryEntry'     = { Get-QHubBillingHistory }
            'Budget'                  = { Get-QHubBudget }
            'CatalogService'          = { Get-QHubService -First 3 }
            'CatalogServiceVersion'   = { $script:version }
            'Credit'                  = { Get-QHubCredit }
            'DataPool'                = { $script:pool }
            'DataPoolFile'            = { $script:pool | Add-QHubDataPoolFile -Path (Join-Path $TestDrive 'a-file-with-a-rather-long-name.json') }
            'DataPoolGrant'           = { $script:pool | New-QHubDataPoolGrant -ServiceId service-qaoa }
            'DataPoolShare'           = { $script:pool | New-QHubDataPoolShare -WithOrganizationId org-partners -Permission MAINTAINER }
            'Eligibility'             = { Test-QHubEligibility aws.ionq.aria -Detailed }
            'GitIntegration'          = { New-QHubGitIntegration -Name "git-$(New-Word)" -Provider GITHUB -Token (ConvertTo-SecureString 'ghp_x1234567' -AsPlainText -Force) }
            'Implementation'          = { $script:algorithm | New-QHubImplementation -Name "impl-$(New-Word)" -ProgrammingLanguage Python }
            'Invitation'              = { New-QHubOrganization -Name "invite-$(New-Word)" | New-QHubInvitation -Email grace@emulator.local -Role MAINTAINER }
            'MarketplaceListing'      = { Get-QHubMarketplaceListing }
            'Notification'            = { Get-QHubNotification }
            'Organization'            = { Get-QHubOrganization }
            'OrganizationMember'      = { Get-QHubOrganization | Select-Object -First 1 | Get-QHubOrganizationMember }
            'ProviderToken'           = { New-QHubOrganization -Name "tokens-$(New-Word)" | Set-QHubProviderToken -Provider QUANDELA -Token (ConvertTo-SecureString 'abcdefgh1234' -AsPlainText -Force) -Confirm:$false }
            'ServiceBuild'            = { New-QHubManagedService -Name "built-$(New-Word)" -Path $script:source -Runtime PYTHON_TEMPLATE | Get-QHubManagedServiceBuild -Wait -PollInterval 0.1 }
            'ServiceJob'              = { New-QHubServiceJob -VersionId $script:version.Id }
            'ServiceShare'            = { New-QHubWorkflowService -Name "shared-$(New-Word)" | New-QHubServiceShare -WithOrganizationId org-partners -Permission VIEWER -Confirm:$false }
            'Subscription'            = { $script:app | New-QHubSubscription -ServiceId service-qaoa }
            'UseCase'                 = { New-QHubUseCase -Title "Portfolio optimization $(New-Word)" -Industry Finance }
            'Backend'                 = { Get-QHubBackend }
            'BackendStateInfo'        = { Get-QHubBackendStatus -Id aws.ionq.aria }
            'CalibrationResponse'     = { Get-QHubBackendCalibration -Id aws.ionq.aria }
            'Job'                     = { foreach ($status in Get-KnownValue 'Quantum.Models.JobStatus') { $job = Get-QHubJob -Id $script:charged.Id; $job.Status = $status; $job.Shots = 100000; $job } }
            'JobStatusResponse'       = { Get-QHubJob -First 1 | Get-QHubJobStatus }
            'Session'                 = { Get-QHubSession; $listed = Get-QHubSession -First 1; foreach ($status in Get-KnownValue 'Quantum.Models.SessionStatus') { $session = Get-QHubSession -Id $listed.Id; $session.Status = $status; $session } }
            'SessionStatusResponse'   = { Get-QHubSession | Select-Object -First 1 | Get-QHubSessionStatus }
            'Workload'                = { Get-QHubWorkload -First 5; $listed = Get-QHubWorkload -First 1; foreach ($status in Get-KnownValue 'Quantum.Models.JobStatus') { $workload = Get-QHubWorkload -First 1; $workload.Status = $status; $workload } }
            'ServiceExecution'        = { foreach ($status in Get-KnownValue 'Service.Models.ServiceExecutionStatus') { $execution = Get-QHubServiceExecution -Id $script:execution.Id; $execution.Status = $status; $execution } }
            'ServiceLogEntry'         = { $script:execution | Get-QHubServiceExecutionLog }
            'AccessToken'             = { Get-QHubAccessToken }
            'Principal'               = { Get-QHubPrincipal }
            'RegistrationStatus'      = { Get-QHubUserRegistrationStatus -Email dev@emulator.local }
            'UserInfo'                = { Get-QHubUser }
            'OperationCompatibility'  = { Test-QHubApiCompatibility -Api User }
            'QHubConnection'          = { Get-QHubContext }
            'QHubServiceConnection'   = { $script:gateway }
            'KipuHub.ApplicationCredential'  = { $script:app | Get-QHubApplicationCredential }
            'KipuHub.ApplicationAccessToken' = { $script:app | New-QHubApplicationAccessToken }
            'KipuHub.NewAccessToken'  = { New-QHubAccessToken -Name "rendered-$(New-Word)" -ExpiresAt (Get-Date).AddDays(30) }
            'KipuHub.CostReportRow'   = { Get-QHubCostReport; Get-QHubQuantumWorkloadCost }
            'KipuHub.JobResult'       = { $script:charged | Receive-QHubJobResult }
            'JobCostEstimate'         = { Measure-QHubJobCost -BackendId aws.ionq.aria -Shots 100 -Input (New-BellCircuit); Measure-QHubJobCost -BackendId ibm.kyiv -Shots 100 -Input (New-BellCircuit) }
        }
    }

    It 'has a rendering for every type a cmdlet declares' {
        $declared = Get-Command -Module KipuHub | ForEach-Object { $_.OutputType.Name } | Where-Object { $_ -notmatch '^System\.' } |
            ForEach-Object { ($_ -split '\.')[-1] } | Sort-Object -Unique
        $declared | Where-Object { -not $script:render.ContainsKey($_) } | Should -BeNullOrEmpty
    }

    It 'shows <_> within 80 columns, nothing cut' -ForEach @(
        'OpenApiOperation', 'Account', 'Algorithm', 'AlgorithmPermission', 'AlgorithmRelation', 'AlgorithmSketch', 'Application',
        'Balance', 'MonthAmount', 'BillingHistoryEntry', 'Budget', 'CatalogService', 'CatalogServiceVersion', 'Credit', 'DataPool', 'DataPoolFile',
        'DataPoolGrant', 'DataPoolShare', 'Eligibility', 'GitIntegration', 'Implementation', 'Invitation', 'MarketplaceListing',
        'Notification', 'Organization', 'OrganizationMember', 'ProviderToken', 'ServiceBuild', 'ServiceJob', 'ServiceShare',
        'Subscription', 'UseCase', 'Backend', 'BackendStateInfo', 'CalibrationResponse', 'Job', 'JobStatusResponse', 'Session',
        'SessionStatusResponse', 'Workload', 'ServiceExecution', 'ServiceLogEntry', 'AccessToken', 'Principal', 'RegistrationStatus',
        'UserInfo', 'OperationCompatibility', 'QHubConnection', 'QHubServiceConnection', 'KipuHub.ApplicationCredential',
        'KipuHub.ApplicationAccessToken', 'KipuHub.NewAccessToken', 'KipuHub.CostReportRow', 'KipuHub.JobResult', 'JobCostEstimate'
    ) {
        $shown = @(& $script:render[$_])
        $shown | Should -Not -BeNullOrEmpty
        $text = $shown | Out-String -Width 80
        $lines = $text -split "`r?`n"
        foreach ($line in $lines) { $line.TrimEnd().Length | Should -BeLessOrEqual 80 -Because $line }
        # A long name or title may be shortened, as PowerShell's own views do; ids, states, amounts and dates never.
        $lines | Where-Object { $_ -match '\d…' } | Should -BeNullOrEmpty -Because 'a number or date cut short is one the reader cannot use'
        foreach ($object in $shown) {
            foreach ($key in 'Id', 'Status') {
                if ($text -notmatch "(^|\s)$key(\s|$)") { continue }
                $value = $object.PSObject.Properties[$key].Value
                if ($value -and $value -isnot [System.Collections.IEnumerable] -or $value -is [string]) { $text | Should -Match ([regex]::Escape("$value")) }
            }
        }
        $lines | Where-Object { $_ -match '^\s{20,}\S$' } | Should -BeNullOrEmpty -Because 'a header squeezed to one letter per line'
    }

    It 'shows no column that is empty in every row of a listing' {
        $null = New-QHubSession -BackendId aws.sim.sv1
        $text = Get-QHubSession | Out-String -Width 80
        $header = ($text -split "`r?`n" | Where-Object { $_ -match '^Id\s' })[0]
        $rows = $text -split "`r?`n" | Where-Object { $_ -match '^[0-9a-f]{8}-' }
        foreach ($column in [regex]::Matches($header, '\S+')) {
            $values = $rows | ForEach-Object { if ($_.Length -gt $column.Index) { $_.Substring($column.Index, [Math]::Min($column.Length, $_.Length - $column.Index)).Trim() } }
            @($values | Where-Object { $_ }).Count | Should -BeGreaterThan 0 -Because "column $($column.Value) is always empty"
        }
    }
}

Describe 'Values a user exports' {
    It 'shows every list property as text in Export-Csv and -f, never the name of a .NET type' {
        $backend = Get-QHubBackend -Id aws.ionq.aria
        $estimate = Measure-QHubJobCost -BackendId ibm.kyiv -Shots 10 -Input (New-BellCircuit)
        $service = New-QHubWorkflowService -Name "exported-$(Get-Random)"
        $eligibility = $backend | Test-QHubEligibility -Detailed
        $operation = Get-QHubOperation -Api Quantum | Where-Object { $_.Parameters.Count -gt 0 } | Select-Object -First 1
        $values = [ordered]@{
            'Backend.Costs' = $backend.Costs; 'Backend.Availability' = $backend.Availability; 'JobCostEstimate.Rates' = $estimate.Rates
            'Service.Versions' = $service.Versions; 'Eligibility.Checks' = $eligibility.Checks; 'Operation.Parameters' = $operation.Parameters
            'Revenue.Groups' = (Get-QHubRevenue).Groups
        }
        foreach ($value in $values.GetEnumerator()) {
            $text = '{0}' -f $value.Value
            $text | Should -Not -Match 'System\.|Generic|KipuHub\.' -Because "$($value.Key) reads as text"
        }
        ('{0}' -f $backend.Costs) | Should -Match '0\.3 USD per job; 0\.03 USD per shot'
        ('{0}' -f $service.Versions) | Should -Match '1\.0\.0 \(CREATED\)'
        ($backend | Select-Object Id, Costs | ConvertTo-Csv | Out-String) | Should -Match '0\.3 USD per job'
    }
}

Describe 'A job result' {
    It 'renders its counts as one bar per outcome, scaled to 80 columns, and stays plain data' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 1000 -Input (New-BellCircuit) | Wait-QHubJob -PollInterval 0.1
        $result = $job | Receive-QHubJobResult
        $lines = ($result | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() }
        $lines[0] | Should -Match ([regex]::Escape($job.Id))
        $bars = @($lines | Where-Object { $_ -match '^(00|11) (█+) +(\d+) +[\d.,]+ %$' })
        $bars.Count | Should -Be 2
        foreach ($line in $lines) { $line.TrimEnd().Length | Should -BeLessOrEqual 80 }
        $longest = ($bars | ForEach-Object { ([regex]::Match($_, '█+')).Length } | Measure-Object -Maximum).Maximum
        $longest | Should -BeGreaterThan 40
        $result.counts.'00' + $result.counts.'11' | Should -Be 1000
        ($result | ConvertTo-Json -Depth 3 | ConvertFrom-Json).counts.'11' | Should -Be $result.counts.'11'
    }
}
