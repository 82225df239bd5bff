BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest -Connect

    function Complete([string] $line) { (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches }
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Tab completion of the ids people type' {
    It 'has an id completer on every parameter that takes a <Kind> id' -Tag 'Static' -ForEach @(
        @{ Kind = 'Backend'; Names = 'BackendId'; Nouns = 'Backend', 'BackendCalibration', 'BackendConfig', 'BackendStatus' }
        @{ Kind = 'Job'; Names = 'JobId'; Nouns = 'Job', 'JobCalibration', 'JobInput', 'JobResult', 'JobStatus' }
        @{ Kind = 'Session'; Names = 'SessionId'; Nouns = 'Session', 'SessionStatus' }
        @{ Kind = 'Organization'; Names = 'OrganizationId', 'WithOrganizationId'; Nouns = 'Organization' }
        @{ Kind = 'DataPool'; Names = 'DataPoolId'; Nouns = 'DataPool' }
        @{ Kind = 'Service'; Names = 'ServiceId'; Nouns = 'Service', 'ManagedServiceBuild', 'ManagedServiceSource', 'WorkflowModel', 'ServiceApiDefinition' }
        @{ Kind = 'Application'; Names = 'ApplicationId'; Nouns = 'Application', 'ApplicationCredential', 'ApplicationAccessToken' }
        @{ Kind = 'Listing'; Names = @(); Nouns = 'MarketplaceListing' }
    ) {
        $missing = foreach ($command in Get-Command -Module KipuHub) {
            $noun = $command.Noun -replace '^QHub', ''
            foreach ($parameter in $command.Parameters.Values) {
                $takesIt = $parameter.Name -in $Names -or ($parameter.Name -eq 'Id' -and $noun -in $Nouns)
                if (-not $takesIt) { continue }
                $completer = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] }
                if ($completer.Type.Name -ne "${Kind}IdCompleter") { "$($command.Name) -$($parameter.Name)" }
            }
        }
        $missing | Where-Object { $_ -notmatch '^Connect-QHub ' } | Should -BeNullOrEmpty
    }

    It 'completes the ids of jobs, sessions, data pools, applications, organizations, services and listings' {
        $job = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input (New-BellCircuit) -Name completed-by-tab
        $session = New-QHubSession -BackendId aws.sim.sv1
        $pool = New-QHubDataPool -Name "tab-pool-$(Get-Random)"
        $app = New-QHubApplication -Name "tab-app-$(Get-Random)"
        $organization = New-QHubOrganization -Name "Tab $(Get-Random)"
        $service = New-QHubWorkflowService -Name "tab-service-$(Get-Random)"

        $jobs = Complete "Wait-QHubJob -Id $($job.Id.Substring(0, 6))"
        $jobs.CompletionText | Should -Contain $job.Id
        ($jobs | Where-Object CompletionText -EQ $job.Id).ToolTip | Should -Match 'completed-by-tab'
        (Complete "Receive-QHubJobResult ").CompletionText | Should -Contain $job.Id
        (Complete "Close-QHubSession -Id ").CompletionText | Should -Contain $session.Id
        (Complete "New-QHubJob -SessionId ").CompletionText | Should -Contain $session.Id
        (Complete "Get-QHubDataPoolFile -DataPoolId ").CompletionText | Should -Contain $pool.Id
        (Complete "Get-QHubApplicationCredential -Id ").CompletionText | Should -Contain $app.Id
        (Complete "Get-QHubDataPool -OrganizationId ").CompletionText | Should -Contain $organization.Id
        (Complete "Set-QHubContext -OrganizationId ").CompletionText | Should -Contain $organization.Id
        (Complete "Publish-QHubService -Id ").CompletionText | Should -Contain $service.Id
        (Complete "Get-QHubMarketplaceListing -Id listing-d").CompletionText | Should -Be 'listing-demo'
        (Complete "Test-QHubEligibility -BackendId aws.sim").CompletionText | Should -Contain 'aws.sim.sv1'
        $session | Close-QHubSession
    }

    It 'completes every id and every value from a known set, never to file names' -Tag 'Static' {
        # PowerShell offers the current folder's files for a parameter without a completer: a user typing an id or a
        # currency gets file names. Paths, free text, numbers and objects are left to PowerShell, as in every module.
        $known = 'Sort', 'Provider', 'Currency', 'GpuAccelerator', 'InputFormat', 'Uri'
        $missing = foreach ($command in Get-Command -Module KipuHub) {
            foreach ($parameter in $command.Parameters.Values) {
                if ($parameter.ParameterType -notin [string], [string[]], [uri]) { continue }
                if ($parameter.Name -notmatch 'Id$' -and $parameter.Name -notin $known) { continue }
                $attributes = $parameter.Attributes
                $completes = $attributes | Where-Object {
                    $_ -is [System.Management.Automation.ArgumentCompleterAttribute] -or $_ -is [System.Management.Automation.ValidateSetAttribute]
                }
                if (-not $completes) { "$($command.Name) -$($parameter.Name)" }
            }
        }
        $missing | Where-Object { $_ -notmatch '^Connect-QHub -OrganizationId' } | Should -BeNullOrEmpty
    }

    It 'offers the values a user looks for where a folder holds files' {
        $folder = Join-Path $TestDrive 'files-beside'
        $null = New-Item -ItemType Directory $folder
        $null = New-Item -ItemType File (Join-Path $folder 'zz-a-file.txt')
        $pool = New-QHubDataPool -Name "tab-files-$(Get-Random)"
        Set-Content (Join-Path $TestDrive 'tab-data.json') '{"a":1}'
        $file = $pool | Add-QHubDataPoolFile -Path (Join-Path $TestDrive 'tab-data.json')
        $token = New-QHubAccessToken -Name "tab-token-$(Get-Random)" -ExpiresAt (Get-Date).AddDays(2)
        $algorithm = New-QHubAlgorithm -Name "TabAlgorithm$(Get-Random)"
        $org = New-QHubOrganization -Name "tab-members-$(Get-Random)"
        $null = $org | Add-QHubOrganizationMember -UserId user-ada -Role VIEWER
        Push-Location $folder
        try {
            $offered = @{
                'Remove-QHubAccessToken -Id '                                   = $token.Id
                "Remove-QHubDataPoolFile -DataPoolId $($pool.Id) -Id "           = $file.Id
                "Save-QHubDataPoolFile -DataPoolId $($pool.Id) -Id "             = $file.Id
                "Remove-QHubOrganizationMember -OrganizationId $($org.Id) -UserId " = 'user-ada'
                'Get-QHubAlgorithm -Id '                                        = $algorithm.Id
                'New-QHubJob -InputFormat OPEN'                                 = 'OPEN_QASM_V3'
                'Set-QHubProviderToken -Provider '                              = 'IBM'
                'Set-QHubBudget -Currency '                                     = 'EUR'
                'New-QHubManagedService -GpuAccelerator NVIDIA'                 = 'NVIDIA_TESLA_T4'
                'Get-QHubJob -Sort '                                            = 'created_at,desc'
            }
            foreach ($line in $offered.Keys) {
                $texts = @(Complete $line | ForEach-Object CompletionText)
                $texts | Should -Contain $offered[$line] -Because $line
                $texts | Should -Not -Contain './zz-a-file.txt' -Because $line
            }
            foreach ($line in 'Connect-QHubService -Uri ', 'Get-QHubServiceExecution -Id ', 'Get-QHubNotification -Id ', 'Get-QHubUser -Id ') {
                @(Complete $line | ForEach-Object CompletionText) -match 'zz-a-file' | Should -BeNullOrEmpty -Because $line
            }
        }
        finally { Pop-Location }
        $token | Remove-QHubAccessToken -Confirm:$false
    }

    It 'offers nothing, and says nothing, without a connection' {
        # No runspace of this process is connected: a thread job would otherwise use the process's connection.
        Disconnect-QHub
        $result = Start-ThreadJob {
            Import-Module $env:KIPUHUB_MODULE_PATH
            $line = 'Get-QHubJob -Id '
            @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches).Count
        } | Receive-Job -Wait -AutoRemoveJob
        $result | Should -Be 0
    }
}
