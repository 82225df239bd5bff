BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest
    $script:hub = Connect-TestHub $script:emulator
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Catalog services' {
    It 'creates, pages, publishes once, unpublishes and removes services' {
        $service = New-QHubWorkflowService -Name pricing-engine -Description 'Prices options'
        $service.LatestVersion.Lifecycle | Should -Be 'CREATED'
        { New-QHubWorkflowService -Name pricing-engine -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceConflict,*'
        { New-QHubWorkflowService -Name 'not a name' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidService,*'
        1..3 | ForEach-Object { $null = New-QHubWorkflowService -Name "paged-$_" }
        (Get-QHubService -PageSize 2 -All).Name | Should -Be @('pricing-engine', 'paged-1', 'paged-2', 'paged-3')
        (Get-QHubService -First 1 -Skip 2).Name | Should -Be 'paged-2'

        $service | Publish-QHubService -WhatIf
        (Get-QHubService -Id $service.Id).Lifecycle | Should -Be 'CREATED'
        ($service | Publish-QHubService -Confirm:$false).Lifecycle | Should -Be 'PUBLISHED'
        { $service | Publish-QHubService -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceConflict,*'
        (Get-QHubService -Lifecycle PUBLISHED).Id | Should -Be $service.Id
        { $service | Remove-QHubService -Force -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceConflict,*'
        ($service | Set-QHubService -Description 'Prices options fast' -Confirm:$false).Description | Should -Be 'Prices options fast'
        ($service | Unpublish-QHubService -Confirm:$false).Lifecycle | Should -Be 'CREATED'
        $service | Remove-QHubService -Force
        { Get-QHubService -Id $service.Id -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceNotFound,*'
    }

    It 'unpublishes with -Force where a runbook cannot answer a prompt' {
        $service = New-QHubWorkflowService -Name unpublished-by-force | Publish-QHubService -Confirm:$false
        ($service.ServiceId | Unpublish-QHubService -Force).Lifecycle | Should -Be 'CREATED'
        { $service.ServiceId | Unpublish-QHubService -Force -WhatIf } | Should -Not -Throw
    }
}

Describe 'Executions in the catalog' {
    BeforeAll {
        $script:service = New-QHubWorkflowService -Name echo-catalog
        $script:app = New-QHubApplication -Name catalog-caller
        $credential = $script:app | Get-QHubApplicationCredential
        $gateway = Connect-QHubService -Uri $script:service.LatestVersion.GatewayEndpoint -Credential $credential.Credential -PassThru
        $script:run = Start-QHubServiceExecution -Input @{ n = 7 } -ServiceConnection $gateway
        $null = $script:run | Wait-QHubServiceExecution -PollInterval 0.1 -ServiceConnection $gateway
    }

    It 'lists the executions of a service or an application from the pipeline, and reads one with the Hub connection' {
        ($script:service | Get-QHubServiceExecution).Id | Should -Be $script:run.Id
        ($script:app | Get-QHubServiceExecution).ApplicationId | Should -Be $script:app.Id
        (Get-QHubServiceExecution -ServiceId $script:service.Id).Id | Should -Be $script:run.Id
        (Get-QHubServiceExecution -Id $script:run.Id -Connection $script:hub).Status | Should -Be 'SUCCEEDED'
        (Get-QHubServiceExecution -Connection $script:hub).Id | Should -Contain $script:run.Id
    }

    It 'reads input, output, log and metrics of an execution in the catalog' {
        ($script:run | Get-QHubServiceExecutionInput).input.n | Should -Be 7
        ($script:run | Receive-QHubServiceExecutionResult -Connection $script:hub).execution_id | Should -Be $script:run.Id
        ($script:run | Get-QHubServiceExecutionLog -Connection $script:hub).ExecutionId | Should -Contain $script:run.Id
        ($script:run | Get-QHubServiceExecutionMetric).inputBytes | Should -BeGreaterThan 0
        $null = $script:run | Stop-QHubServiceExecution -Connection $script:hub -Confirm:$false -ErrorAction Stop -WarningVariable told -WarningAction SilentlyContinue
        "$told" | Should -Match 'had already ended \(SUCCEEDED\)'
        { Get-QHubServiceExecution -Id nope -Connection $script:hub -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceExecutionNotFound,*'
    }

    It 'waits on executions of the catalog, as the other execution cmdlets read them' {
        $waited = $script:run | Wait-QHubServiceExecution -Connection $script:hub -PollInterval 0.1 -Timeout 30
        ($waited.Id, $waited.Status) | Should -Be @($script:run.Id, 'SUCCEEDED')
        $job = New-QHubServiceJob -VersionId $script:service.LatestVersion.Id -Input @{ x = 2 }
        ($job | Wait-QHubServiceExecution -Connection $script:hub -PollInterval 0.1 -Timeout 30).Status | Should -Be 'SUCCEEDED'
    }

    It 'runs, stops and removes a service job' {
        $job = New-QHubServiceJob -VersionId $script:service.LatestVersion.Id -InputData @{ x = 1 } -Parameters '{"depth": 3}'
        $job.Status | Should -Be 'PENDING'
        { New-QHubServiceJob -VersionId $script:service.LatestVersion.Id -Input '{broken' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidServiceJobInput,*'
        (Get-QHubServiceJob).Id | Should -Contain $job.Id
        ($job | Get-QHubServiceExecutionInput).parameters.depth | Should -Be 3
        { $job | Remove-QHubServiceJob -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceJobConflict,*'
        ($job | Stop-QHubServiceJob -PassThru -Confirm:$false).Status | Should -Be 'CANCELLED'
        $job | Remove-QHubServiceJob -Confirm:$false
        { Get-QHubServiceJob -Id $job.Id -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceJobNotFound,*'
    }
}

Describe 'Grants and shares of data pools' {
    It 'lets a service read a pool and shares it with an organization that then sees it' {
        # An organization of the user's own: the Hub answers 403 to a context the user is not a member of.
        $readers = (Get-TestOrganization $script:emulator 'readers').Id
        $pool = New-QHubDataPool -Name shared-molecules
        $grant = $pool | New-QHubDataPoolGrant -ServiceId service-vqe -ExpiresAt (Get-Date).AddDays(1)
        { $pool | New-QHubDataPoolGrant -ServiceId service-vqe -ErrorAction Stop } | Should -Throw -ErrorId 'DataPoolGrantConflict,*'
        ($pool | Get-QHubDataPoolGrant).ServiceId | Should -Be 'service-vqe'
        $grant | Remove-QHubDataPoolGrant -Confirm:$false
        $pool | Get-QHubDataPoolGrant | Should -BeNullOrEmpty

        { Get-QHubDataPool -Id $pool.Id -OrganizationId $readers -ErrorAction Stop } | Should -Throw -ErrorId 'DataPoolNotFound,*'
        $share = $pool | New-QHubDataPoolShare -WithOrganizationId $readers
        (Get-QHubDataPool -Id $pool.Id -OrganizationId $readers).CurrentUserPermission | Should -Be 'VIEWER'
        { $pool | Set-QHubDataPool -Description x -OrganizationId $readers -ErrorAction Stop } | Should -Throw -ErrorId 'Forbidden,*'
        ($share | Set-QHubDataPoolShare -Permission MAINTAINER -Confirm:$false).Permission | Should -Be 'MAINTAINER'
        ($pool | Get-QHubDataPoolShare).PrincipalId | Should -Be $readers
        $share | Remove-QHubDataPoolShare -Confirm:$false
        { Get-QHubDataPool -Id $pool.Id -OrganizationId $readers -ErrorAction Stop } | Should -Throw -ErrorId 'DataPoolNotFound,*'
    }
}

Describe 'Organizations' {
    It 'creates an organization, manages its members and keeps its last owner' {
        $org = New-QHubOrganization -Name 'Ops Team' -Description 'runbooks'
        $org.Role | Should -Be 'OWNER'
        { New-QHubOrganization -Name 'ops team' -ErrorAction Stop } | Should -Throw -ErrorId 'OrganizationConflict,*'
        ($org | Set-QHubOrganization -Description 'night shift' -Confirm:$false).Description | Should -Be 'night shift'
        $added = $org | Add-QHubOrganizationMember -UserId user-ada, user-alan -Role MAINTAINER
        $added.Name | Should -Be @('Ada Lovelace', 'Alan Turing')
        { $org | Add-QHubOrganizationMember -UserId user-ada -ErrorAction Stop } | Should -Throw -ErrorId 'OrganizationMemberConflict,*'
        { $org | Set-QHubOrganizationMember -UserId user-dev -Role VIEWER -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'OrganizationMemberConflict,*'
        $org | Get-QHubOrganizationMember | Where-Object UserId -EQ user-alan | Remove-QHubOrganizationMember -Force
        ($org | Get-QHubOrganizationMember).UserId | Should -Be @('user-dev', 'user-ada')
        (Get-QHubOrganization).Id | Should -Contain $org.Id
        $org | Remove-QHubOrganization -Force
        { Get-QHubOrganization -Id $org.Id -ErrorAction Stop } | Should -Throw -ErrorId 'OrganizationNotFound,*'
    }

    It 'takes the organization of the context where -OrganizationId is not given, and says to give one where there is none' {
        $org = New-QHubOrganization -Name 'Context Team'
        { Get-QHubOrganizationMember -ErrorAction Stop } | Should -Throw -ErrorId 'OrganizationNotGiven,*'
        Set-QHubContext -OrganizationId $org.Id
        try {
            (Add-QHubOrganizationMember -UserId user-ada -Role VIEWER).UserId | Should -Be 'user-ada'
            (Get-QHubOrganizationMember).UserId | Should -Be @('user-dev', 'user-ada')
            (Set-QHubOrganizationMember -UserId user-ada -Role MAINTAINER -Confirm:$false).Role | Should -Be 'MAINTAINER'
            (New-QHubInvitation -Email grace@emulator.local).OrganizationId | Should -Be $org.Id
            Remove-QHubOrganizationMember -UserId user-ada -Force
            (Get-QHubOrganizationMember).UserId | Should -Be 'user-dev'
        } finally {
            Set-QHubContext -Personal
        }
        $org | Remove-QHubOrganization -Force
    }

    It 'stores a provider token without ever showing it' {
        $org = New-QHubOrganization -Name 'Token Room'
        $secret = 'ibm-quantum-0123456789-wxyz'
        $output = & {
            $DebugPreference = 'Continue'
            $org | Set-QHubProviderToken -Provider IBM -Token (ConvertTo-SecureString $secret -AsPlainText -Force) -Confirm:$false
        } 5>&1
        ($output | Out-String) | Should -Not -Match $secret
        ($output | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | Out-String) | Should -Match 'withheld'
        ($output | Where-Object { $_ -isnot [System.Management.Automation.DebugRecord] }).LastCharacters | Should -Be 'wxyz'
        ($org | Get-QHubProviderToken).Provider | Should -Be 'IBM'
        $org | Get-QHubProviderToken | Remove-QHubProviderToken -Confirm:$false
        $org | Get-QHubProviderToken | Should -BeNullOrEmpty
    }
}

Describe 'Application secrets' {
    It 'renames an application, resets its secret and issues an access token that connects a service' {
        $app = New-QHubApplication -Name before-rename
        ($app | Set-QHubApplication -Name after-rename).Name | Should -Be 'after-rename'
        $old = $app | Get-QHubApplicationCredential
        $new = $app | Reset-QHubApplicationCredential -Confirm:$false
        $new.ConsumerSecret | Should -BeOfType ([securestring])
        $gateway = "$($script:emulator.Root)/gateway/demo/my-service/1.0.0"
        { Connect-QHubService -Uri $gateway -Credential $old.Credential -ErrorAction Stop } | Should -Throw -ErrorId 'Unauthorized,*'
        $null = Connect-QHubService -Uri $gateway -Credential $new.Credential -PassThru
        $token = $app | New-QHubApplicationAccessToken
        $token.Token | Should -BeOfType ([securestring])
        $service = Connect-QHubService -Uri $gateway -Token $token.Token -PassThru
        { Get-QHubServiceExecution -ServiceConnection $service -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceNotSubscribed,*'
        $null = Get-QHubMarketplaceListing -Id listing-demo | New-QHubSubscription -ApplicationId $app.Id
        Get-QHubServiceExecution -ServiceConnection $service | Should -BeNullOrEmpty
    }
}

Describe 'Algorithms, implementations and use cases' {
    It 'creates, searches, changes and removes algorithms, and lists an algorithm''s implementations from the pipeline' {
        $grover = New-QHubAlgorithm -Name Grover -Summary 'Unstructured search'
        $vqe = New-QHubAlgorithm -Name VQE
        { New-QHubAlgorithm -Name grover -ErrorAction Stop } | Should -Throw -ErrorId 'AlgorithmConflict,*'
        (Get-QHubAlgorithm -Search grov).Name | Should -Be 'Grover'
        (Get-QHubAlgorithm -First 1 -Skip 1).Name | Should -Be 'VQE'
        $changed = $grover | Set-QHubAlgorithm -Description 'Quadratic speed-up' -Confirm:$false
        ($changed.Description, $changed.Summary) | Should -Be @('Quadratic speed-up', 'Unstructured search')
        (Get-QHubAlgorithm -Id $grover.Id).Description | Should -Be 'Quadratic speed-up'
        $implementation = $grover | New-QHubImplementation -Name grover-qiskit -ProgrammingLanguage Python
        $null = $vqe | New-QHubImplementation -Name vqe-pennylane
        { New-QHubImplementation -Name lost -AlgorithmId nope -ErrorAction Stop } | Should -Throw -ErrorId 'AlgorithmNotFound,*'
        ($grover | Get-QHubImplementation).Name | Should -Be 'grover-qiskit'
        (Get-QHubImplementation -Id $implementation.Id).AlgorithmId | Should -Be $grover.Id
        $changed = $implementation | Set-QHubImplementation -Description 'Grover with Qiskit' -SourceUrl https://example.org/grover -Confirm:$false
        ($changed.Description, $changed.Name) | Should -Be @('Grover with Qiskit', 'grover-qiskit')
        (Get-QHubImplementation -Id $implementation.Id).Description | Should -Be 'Grover with Qiskit'
        $implementation | Set-QHubImplementation -Name renamed -WhatIf
        (Get-QHubImplementation -Id $implementation.Id).Name | Should -Be 'grover-qiskit'
        $implementation | Remove-QHubImplementation -Force
        $grover | Get-QHubImplementation | Should -BeNullOrEmpty
        $grover | Remove-QHubAlgorithm -WhatIf
        (Get-QHubAlgorithm -Id $grover.Id).Name | Should -Be 'Grover'
        $grover | Remove-QHubAlgorithm -Force
        { Get-QHubAlgorithm -Id $grover.Id -ErrorAction Stop } | Should -Throw -ErrorId 'AlgorithmNotFound,*'
    }

    It 'keeps use cases with a title, filters by it, and refuses one without' {
        $case = New-QHubUseCase -Title 'Portfolio optimization' -Industry Finance
        { New-QHubUseCase -Title 'portfolio optimization' -ErrorAction Stop } | Should -Throw -ErrorId 'UseCaseConflict,*'
        (Get-QHubUseCase -Title portfolio).Industry | Should -Be 'Finance'
        ($case | Set-QHubUseCase -Industry Insurance -Confirm:$false).Industry | Should -Be 'Insurance'
        $case | Remove-QHubUseCase -Force
        Get-QHubUseCase -Title portfolio | Should -BeNullOrEmpty
    }
}

Describe 'Billing, costs and eligibility' {
    BeforeAll {
        # aws.ionq.aria costs 0.30 USD a job and 0.03 a shot: these two cost 0.60 and 0.90.
        $script:billed = Connect-TestHub $script:emulator -Organization org-billed
        $jobs = 10, 20 | ForEach-Object { New-QHubJob -BackendId aws.ionq.aria -Shots $_ -Input (New-BellCircuit) -Connection $script:billed }
        $null = $jobs | Wait-QHubJob -PollInterval 0.1 -Connection $script:billed
    }

    It 'reports the same charges in the history, the cost report, the balance and the workload view' {
        $history = Get-QHubBillingHistory -Connection $script:billed
        ($history | Where-Object Type -EQ CHARGE).Amount | Sort-Object | Should -Be @(0.6, 0.9)
        $rows = Get-QHubCostReport -Connection $script:billed
        ($rows | Measure-Object Amount -Sum).Sum | Should -Be 1.5
        $rows.BackendId | Should -Be 'aws.ionq.aria'
        $rows.Jobs | Should -Be 2
        $balance = Get-QHubBalance -Connection $script:billed
        $balance.Amount | Should -Be 98.5
        $balance.Amount -lt 100 | Should -BeTrue
        $balance.Currency | Should -Be 'USD'
        $revenue = Get-QHubRevenue -Connection $script:billed
        ($revenue.Year, $revenue.Month) | Should -Be ([DateTime]::UtcNow.Year, [DateTime]::UtcNow.Month)
        $revenue.Amount | Should -Be 0
        { Get-QHubRevenue -Month 13 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        (Get-QHubCredit -Connection $script:billed).Remaining | Should -Be 98.5
        ($history | Measure-Object Amount -Sum).Sum | Should -Be 101.5
        ((Get-QHubQuantumWorkloadCost | Where-Object OrganizationId -EQ $script:billed.OrganizationId) | Measure-Object Amount -Sum).Sum | Should -Be 1.5
        { Get-QHubCostReport -From (Get-Date) -To (Get-Date).AddDays(-1) -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidArgument,*'
        (Get-QHubCostReport -GroupBy Day -Connection $script:billed).Key | Should -Match '^\d{4}-\d{2}-\d{2}$'
    }

    It 'tells what each job cost: jobs piped in give their charges, read in one request' {
        $jobs = Get-QHubJob -Connection $script:billed
        Clear-EmulatorStats $script:emulator
        $charges = $jobs | Get-QHubBillingHistory -Connection $script:billed
        ($charges | Sort-Object Amount).Amount | Should -Be @(0.6, 0.9)
        $charges.JobId | Sort-Object | Should -Be ($jobs.Id | Sort-Object)
        $charges.Currency | Should -Be @('USD', 'USD')
        (Get-EmulatorOperation $script:emulator) | Should -Be 'Platform.getBillingHistory'
        Get-QHubBillingHistory -JobId $jobs[0].Id -Connection $script:billed | Should -HaveCount 1
        Get-QHubBillingHistory -JobId 'no-such-job' -Connection $script:billed | Should -BeNullOrEmpty
    }

    It 'writes amounts as JSON numbers with their currency beside them' {
        $json = Get-QHubBalance -Connection $script:billed | ConvertTo-Json | ConvertFrom-Json
        $json.Amount | Should -BeOfType [double]
        $json.Amount | Should -Be 98.5
        $json.Currency | Should -Be 'USD'
        $json.PSObject.Properties.Name | Should -Not -Contain 'AmountMajor'
        (Get-QHubCredit -Connection $script:billed | Out-String -Width 80) | Should -Match '100\.00\s+98\.50\s+USD'
    }

    It 'exports a cost report as flat CSV and shows it as a table at 80 columns' {
        $csv = Join-Path $TestDrive 'costs.csv'
        Get-QHubCostReport -GroupBy Provider -Connection $script:billed | Export-Csv -Path $csv -NoTypeInformation
        $read = Import-Csv $csv
        $read.Provider | Should -Be 'AWS'
        [decimal]$read.Amount | Should -Be 1.5
        $read[0].PSObject.Properties.Name | Should -Contain 'Currency'
        $text = Get-QHubCostReport -Connection $script:billed | Out-String -Width 80
        $text | Should -Match 'aws\.ionq\.aria\s+AWS\s+2\s+30\s+1\.50'
        foreach ($line in $text -split "`r?`n") { $line.TrimEnd().Length | Should -BeLessOrEqual 80 }
    }

    It 'sets a budget, and eligibility turns false with the failed check in -Detailed and -Verbose' {
        Test-QHubEligibility aws.ionq.aria -Connection $script:billed | Should -BeTrue
        $budget = Set-QHubBudget -Limit 1 -AlertThresholdPercent 75 -Connection $script:billed -Confirm:$false
        $budget.Spent | Should -Be 1.5
        $budget.Currency | Should -Be 'USD'
        Test-QHubEligibility aws.ionq.aria -Connection $script:billed | Should -BeFalse
        (Test-QHubEligibility aws.ionq.aria -Detailed -Connection $script:billed).Checks | Where-Object { -not $_.Passed } | ForEach-Object Name | Should -Be 'budget'
        (Test-QHubEligibility aws.ionq.aria -Connection $script:billed -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | Out-String) | Should -Match 'budget: failed'
        Set-QHubBudget -NoLimit -Connection $script:billed -WhatIf
        (Get-QHubBudget -Connection $script:billed).Limit | Should -Be 1
        $null = Set-QHubBudget -NoLimit -Connection $script:billed -Confirm:$false
        Get-QHubBackend -Id aws.ionq.aria | Test-QHubEligibility -Connection $script:billed | Should -BeTrue
        { Set-QHubBudget -AlertThresholdPercent 150 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }
}

Describe 'Notifications' {
    It 'notifies a job that ended, marks it read and unread, and removes it' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 5 -Input (New-BellCircuit) -Name notify-pester | Wait-QHubJob -PollInterval 0.1
        $notice = Get-QHubNotification -Unread -All | Where-Object ResourceId -EQ $job.Id
        $notice.Message | Should -Match 'notify-pester'
        ($notice | Set-QHubNotification -Read -Confirm:$false).Read | Should -BeTrue
        (Get-QHubNotification -Unread -All).Id | Should -Not -Contain $notice.Id
        ($notice | Set-QHubNotification -Read:$false -Confirm:$false).Read | Should -BeFalse
        Set-QHubNotification -All -Read -Confirm:$false
        { Set-QHubNotification -All -Read:$false -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidArgument,*'
        Get-QHubNotification -Unread | Should -BeNullOrEmpty
        $notice | Remove-QHubNotification -Confirm:$false
        { Get-QHubNotification -Id $notice.Id -ErrorAction Stop } | Should -Throw -ErrorId 'NotificationNotFound,*'
        (Get-QHubNotification -First 1 | Out-String -Width 80) | Should -Match 'Category'
    }
}

Describe 'Service shares' {
    It 'shows a service to another organization read only, and stops' {
        $partners = (Get-TestOrganization $script:emulator 'partners').Id
        $service = New-QHubWorkflowService -Name shared-with-partners
        $share = $service | New-QHubServiceShare -WithOrganizationId $partners
        { $service | New-QHubServiceShare -WithOrganizationId $partners -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceShareConflict,*'
        (Get-QHubService -Id $service.Id -OrganizationId $partners).CurrentUserPermission | Should -Be 'VIEWER'
        { $service | Publish-QHubService -OrganizationId $partners -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'Forbidden,*'
        ($share | Set-QHubServiceShare -Permission MAINTAINER -Confirm:$false).Permission | Should -Be 'MAINTAINER'
        ($service | Get-QHubServiceShare).PrincipalId | Should -Be $partners
        $share | Remove-QHubServiceShare -Confirm:$false
        { Get-QHubService -Id $service.Id -OrganizationId $partners -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceNotFound,*'
    }
}

Describe 'Managed services' {
    It 'creates a managed service from a folder, waits for its build through an outage, and builds a new source zip' {
        $folder = Join-Path $TestDrive 'echo-source'
        $null = New-Item -ItemType Directory -Force (Join-Path $folder 'src')
        "def run(data, params):`n    return data" | Set-Content (Join-Path $folder 'src/program.py')
        $service = New-QHubManagedService -Name echo-from-folder -Path $folder -Runtime PYTHON_TEMPLATE -MilliCpus 500
        $service.Type | Should -Be 'MANAGED'
        Add-EmulatorFault $script:emulator @{ method = 'GET'; path = "/qc-catalog/services/$($service.Id)/versions/*/build-status"; kind = 'reset-before'; count = 3 }
        $build = $service | Get-QHubManagedServiceBuild -Wait -PollInterval 0.1 -WarningVariable warned -WarningAction SilentlyContinue
        @($warned).Count | Should -Be 1
        $build.Status | Should -Be 'SUCCESS'
        ($service | Get-QHubManagedServiceBuild -Log)[-1] | Should -Match 'SUCCESS The service is ready'
        (Get-QHubService -Type MANAGED).Name | Should -Contain 'echo-from-folder'
        Get-ChildItem ([IO.Path]::GetTempPath()) -Filter 'kipuhub-source-*.zip' | Should -BeNullOrEmpty

        $broken = Join-Path $TestDrive 'broken.zip'
        [IO.File]::WriteAllBytes($broken, [byte[]](1, 2, 3))
        $null = $service | Publish-QHubManagedServiceSource -Path $broken -Confirm:$false
        ($service | Get-QHubManagedServiceBuild -Wait -PollInterval 0.1).ValidationResult.Summary | Should -Match 'not a zip archive'
        { New-QHubManagedService -Name no-source -Path (Join-Path $TestDrive 'nowhere') -ErrorAction Stop } | Should -Throw -ErrorId 'FileNotFound,*'
        { New-QHubManagedService -Name echo-from-folder -Path $folder -ErrorAction Stop } | Should -Throw -ErrorId 'ServiceConflict,*'
    }
}

Describe 'From publishing to a subscriber''s execution' {
    It 'lists a published managed service in the marketplace, and its gateway runs for a subscribed application only' {
        $folder = Join-Path $TestDrive 'market-source'
        $null = New-Item -ItemType Directory -Force (Join-Path $folder 'src')
        "def run(data, params):`n    return data" | Set-Content (Join-Path $folder 'src/program.py')
        $service = New-QHubManagedService -Name market-echo -Path $folder -Runtime PYTHON_TEMPLATE
        ($service | Get-QHubManagedServiceBuild -Wait -PollInterval 0.1).Status | Should -Be 'SUCCESS'
        Get-QHubMarketplaceListing | Where-Object ServiceId -EQ $service.Id | Should -BeNullOrEmpty
        $null = $service | Publish-QHubService -Confirm:$false

        $buyers = (Get-TestOrganization $script:emulator 'buyers').Id
        $listing = Get-QHubMarketplaceListing -OrganizationId $buyers | Where-Object ServiceId -EQ $service.Id
        $listing.Name, $listing.Version, $listing.ServiceType | Should -Be @('market-echo', '1.0.0', 'MANAGED')
        $app = New-QHubApplication -Name market-buyer -OrganizationId $buyers
        $credential = ($app | Get-QHubApplicationCredential -OrganizationId $buyers).Credential
        $gateway = Connect-QHubService -Uri $listing.GatewayEndpoint -Credential $credential -PassThru
        { Start-QHubServiceExecution -Input @{ n = 1 } -ServiceConnection $gateway -ErrorAction Stop } |
            Should -Throw -ErrorId 'ServiceNotSubscribed,*'

        $subscription = $listing | New-QHubSubscription -ApplicationId $app.Id -OrganizationId $buyers
        $subscription.ServiceId | Should -Be $service.Id
        $run = Start-QHubServiceExecution -Input @{ n = 3 } -ServiceConnection $gateway
        ($run | Wait-QHubServiceExecution -PollInterval 0.1 -ServiceConnection $gateway).Status | Should -Be 'SUCCEEDED'
        ($run | Receive-QHubServiceExecutionResult -ServiceConnection $gateway).output.input.input.n | Should -Be 3

        $null = $service | Unpublish-QHubService -Force
        Get-QHubMarketplaceListing -OrganizationId $buyers | Where-Object ServiceId -EQ $service.Id | Should -BeNullOrEmpty
        $late = New-QHubApplication -Name late-buyer -OrganizationId $buyers
        { New-QHubSubscription -ApplicationId $late.Id -ServiceId $service.Id -OrganizationId $buyers -ErrorAction Stop } |
            Should -Throw -ErrorId 'ServiceNotFound,*'
    }
}

Describe 'Workflow and external services' {
    It 'creates a workflow service with its BPMN model and replaces it' {
        $bpmn = Join-Path $TestDrive 'flow.bpmn'
        '<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="a"/></definitions>' | Set-Content $bpmn -NoNewline
        $service = New-QHubWorkflowService -Name onboarding-flow -Path $bpmn
        $service.Type | Should -Be 'WORKFLOW'
        ($service | Get-QHubWorkflowModel) | Should -Match 'process id="a"'
        $service | Set-QHubWorkflowModel -Model '<definitions><process id="b"/></definitions>' -Confirm:$false
        ($service | Get-QHubWorkflowModel) | Should -Match 'process id="b"'
        { $service | Set-QHubWorkflowModel -Model 'not xml' -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidService,*'
    }

    It 'registers an external service with basic authentication whose password never shows, and replaces its definition' {
        $definition = Join-Path $TestDrive 'pricing.json'
        '{"openapi":"3.0.3","info":{"title":"pricing","version":"1"},"paths":{}}' | Set-Content $definition -NoNewline
        $credential = [pscredential]::new('ada', (ConvertTo-SecureString 'secret-1' -AsPlainText -Force))
        $output = & {
            $DebugPreference = 'Continue'
            New-QHubExternalService -Name pricing-api -Url https://pricing.example.org/v1 -ApiDefinition $definition -Credential $credential -Confirm:$false
        } 5>&1 4>&1
        ($output | Out-String) | Should -Not -Match 'secret-1'
        $service = $output | Where-Object { $_.PSObject.Properties['Type'] -and $_.Type -eq 'EXTERNAL' }
        $service.LatestVersion.ProductionEndpoint | Should -Be 'https://pricing.example.org/v1'
        ($service | Get-QHubServiceApiDefinition) | Should -Match '"title":"pricing"'
        $yaml = Join-Path $TestDrive 'pricing.yaml'
        "openapi: 3.1.0`ninfo:`n  title: pricing-v2`n  version: '2'`npaths: {}" | Set-Content $yaml
        $service | Set-QHubServiceApiDefinition -Path $yaml -Confirm:$false
        ($service | Get-QHubServiceApiDefinition) | Should -Match 'pricing-v2'
        { $service | Set-QHubServiceApiDefinition -Path (Join-Path $TestDrive 'none.yaml') -ErrorAction Stop } | Should -Throw -ErrorId 'FileNotFound,*'
    }
}

Describe 'Git integrations' {
    It 'stores a git token it never shows, changes and removes the integration' {
        $token = ConvertTo-SecureString 'ghp_pester0123456789' -AsPlainText -Force
        $output = & {
            $DebugPreference = 'Continue'
            New-QHubGitIntegration -Name acme-github -Provider GITHUB -Url https://github.com/acme -Token $token -Confirm:$false
        } 5>&1
        ($output | Out-String) | Should -Not -Match 'ghp_pester0123456789'
        $git = $output | Where-Object { $_.PSObject.Properties['TokenConfigured'] }
        $git.TokenConfigured | Should -BeTrue
        { New-QHubGitIntegration -Name ACME-GITHUB -Provider GITHUB -Token $token -ErrorAction Stop } | Should -Throw -ErrorId 'GitIntegrationConflict,*'
        ($git | Set-QHubGitIntegration -Username acme-bot -Confirm:$false).Username | Should -Be 'acme-bot'
        (Get-QHubGitIntegration).Name | Should -Contain 'acme-github'
        $git | Remove-QHubGitIntegration -Force
        { Get-QHubGitIntegration -Id $git.Id -ErrorAction Stop } | Should -Throw -ErrorId 'GitIntegrationNotFound,*'
    }
}

Describe 'Account, invitations and your own provider tokens' {
    It 'shows the account, invites into an organization and revokes, refusing members and bad addresses' {
        $account = Get-QHubAccount
        $account.UserId | Should -Be 'user-dev'
        $org = New-QHubOrganization -Name 'Invitations Pester'
        $invitation = $org | New-QHubInvitation -Email grace@emulator.local -Role MAINTAINER
        $invitation.Status | Should -Be 'PENDING'
        { $org | New-QHubInvitation -Email grace@emulator.local -ErrorAction Stop } | Should -Throw -ErrorId 'InvitationConflict,*'
        { $org | New-QHubInvitation -Email $account.Email -ErrorAction Stop } | Should -Throw -ErrorId 'InvitationConflict,*'
        { $org | New-QHubInvitation -Email not-an-address -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidInvitation,*'
        (Get-QHubInvitation -Pending).Id | Should -Contain $invitation.Id
        { $invitation | Approve-QHubInvitation -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'InvitationNotFound,*'
        $invitation | Remove-QHubInvitation -Confirm:$false
        (Get-QHubInvitation).Id | Should -Not -Contain $invitation.Id
        (Get-QHubAccount).OrganizationIds | Should -Contain $org.Id
    }

    It 'keeps your own provider tokens apart from an organization''s' {
        $null = Set-QHubProviderToken -Provider IONQ -Token (ConvertTo-SecureString 'ionq-personal-9876' -AsPlainText -Force) -Confirm:$false
        (Get-QHubProviderToken).Provider | Should -Contain 'IONQ'
        $org = New-QHubOrganization -Name 'Tokens Apart'
        $org | Get-QHubProviderToken | Should -BeNullOrEmpty
        Get-QHubProviderToken | Where-Object Provider -EQ IONQ | Remove-QHubProviderToken -Confirm:$false
        (Get-QHubProviderToken).Provider | Should -Not -Contain 'IONQ'
    }
}

Describe 'Parts of an algorithm' {
    It 'adds, lists and removes sketches, relations and permissions through the pipeline' {
        $grover = New-QHubAlgorithm -Name "Grover $(Get-Random)"
        $amplitude = New-QHubAlgorithm -Name "Amplitude amplification $(Get-Random)"
        $sketch = $grover | Add-QHubAlgorithmSketch -Title 'Oracle and diffusion' -Confirm:$false
        { $grover | Add-QHubAlgorithmSketch -Title 'oracle and diffusion' -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'AlgorithmSketchConflict,*'
        ($grover | Get-QHubAlgorithmSketch).Title | Should -Be 'Oracle and diffusion'
        $relation = $grover | Add-QHubAlgorithmRelation -TargetAlgorithmId $amplitude.Id -RelationType special_case_of -Confirm:$false
        $relation.RelationType | Should -Be 'SPECIAL_CASE_OF'
        { $grover | Add-QHubAlgorithmRelation -TargetAlgorithmId nope -RelationType VARIANT_OF -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'AlgorithmNotFound,*'
        $null = $grover | Set-QHubAlgorithmPermission -UserId user-ada -Permission VIEWER -Confirm:$false
        ($grover | Set-QHubAlgorithmPermission -UserId user-ada -Permission MAINTAINER -Confirm:$false).Permission | Should -Be 'MAINTAINER'
        @($grover | Get-QHubAlgorithmPermission).Count | Should -Be 1
        $grover | Get-QHubAlgorithmSketch | Remove-QHubAlgorithmSketch -Confirm:$false
        $grover | Get-QHubAlgorithmRelation | Remove-QHubAlgorithmRelation -Confirm:$false
        $grover | Get-QHubAlgorithmPermission | Remove-QHubAlgorithmPermission -Confirm:$false
        $grover | Get-QHubAlgorithmSketch | Should -BeNullOrEmpty
        $grover | Get-QHubAlgorithmRelation | Should -BeNullOrEmpty
        $grover | Get-QHubAlgorithmPermission | Should -BeNullOrEmpty
        { Get-QHubAlgorithmSketch -AlgorithmId no-such-algorithm -ErrorAction Stop } | Should -Throw -ErrorId 'AlgorithmNotFound,*'
    }
}

Describe 'Two users' {
    BeforeAll {
        $script:owner = Connect-TestHub $script:emulator
        $script:other = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-SecondToken) -PassThru
    }

    It 'invites a second user, who accepts and joins; the owner changes their role, and they see the organization' {
        $org = New-QHubOrganization -Name 'Two Users' -Connection $script:owner
        $invitation = $org | New-QHubInvitation -Email $script:SecondEmail -Role VIEWER -Connection $script:owner
        $theirs = Get-QHubInvitation -Pending -Connection $script:other | Where-Object Id -EQ $invitation.Id
        $theirs | Approve-QHubInvitation -Confirm:$false -Connection $script:other
        (Get-QHubOrganization -Connection $script:other).Id | Should -Contain $org.Id
        $member = $org | Get-QHubOrganizationMember -Connection $script:owner | Where-Object UserId -NE user-dev
        $member.Role | Should -Be 'VIEWER'
        $member | Set-QHubOrganizationMember -OrganizationId $org.Id -Role MAINTAINER -Confirm:$false -Connection $script:owner
        ($org | Get-QHubOrganizationMember -Connection $script:owner | Where-Object UserId -EQ $member.UserId).Role |
            Should -Be 'MAINTAINER'
        { Set-QHubOrganizationMember -UserId user-dev -OrganizationId $org.Id -Role VIEWER -Confirm:$false -Connection $script:other -ErrorAction Stop } |
            Should -Throw
    }

    It 'shares a data pool and a service with the second user, who sees them until the share is removed' {
        $pool = New-QHubDataPool -Name 'shared-pool' -Connection $script:owner
        { Get-QHubDataPool -Id $pool.Id -Connection $script:other -ErrorAction Stop } | Should -Throw -ErrorId 'DataPoolNotFound,*'
        $userId = (Get-QHubAccount -Connection $script:other).UserId
        $share = New-QHubDataPoolShare -DataPoolId $pool.Id -UserId $userId -Connection $script:owner
        (Get-QHubDataPool -Id $pool.Id -Connection $script:other).Name | Should -Be 'shared-pool'
        $share | Remove-QHubDataPoolShare -DataPoolId $pool.Id -Confirm:$false -Connection $script:owner
        { Get-QHubDataPool -Id $pool.Id -Connection $script:other -ErrorAction Stop } | Should -Throw -ErrorId 'DataPoolNotFound,*'

        $service = New-QHubWorkflowService -Name 'shared-service' -Connection $script:owner
        $null = New-QHubServiceShare -ServiceId $service.Id -UserId $userId -Connection $script:owner
        (Get-QHubService -Id $service.Id -Connection $script:other).Name | Should -Be 'shared-service'
    }
}

