BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'ExampleOutput.ps1')
    # Every example of docs/help that can run against the emulator; the others need the real Hub, Azure
    # Automation or files of their own.
    # Each with why it cannot run against this emulator: such examples are listed as skipped, with the reason.
    $notHere = [ordered]@{
        'Get-AutomationPSCredential'    = 'it needs Azure Automation (about_KipuHub_Automation runs its recipes)'
        'Get-Secret|Set-Secret|-Vault ' = 'it needs a SecretManagement vault (Vault.Tests uses a real SecretStore)'
        'ghz.qasm'                      = 'it reads a program file of the user'
        'ServiceExecutionId'            = 'it runs inside a managed service execution'
        'f3c1e2a4|5b2f0c1e|7c1d2e3f'    = 'it names an id of the real Hub'
        '-Id [0-9a-f]{8}-'              = 'it names an id of the real Hub'
        'aws.ionq.forte'                = 'the emulator has no such backend'
        '\$a, \$b'                      = 'it compares two results the user holds'
        'Scope CurrentUser'             = 'it saves a connection in the user profile'
        'Disconnect-QHub'               = 'it ends the connection the other examples share'
        'Remove-QHubUser -Connection'   = 'it deletes the account the other examples use'
        'Reset-QHubAccessToken -Force'  = 'it replaces the token the other examples use'
    }
    $script:examples = foreach ($file in Get-ChildItem (Join-Path $PSScriptRoot '../../docs/help') -Filter '*-QHub*.md') {
        $markdown = Get-Content -Raw $file.FullName
        $number = 0
        foreach ($match in [regex]::Matches($markdown, '(?ms)^### Example \d+: (?<title>[^\n]+)\n```powershell\n(?<code>.*?)```')) {
            $number++
            $code = ($match.Groups['code'].Value -split "`n" | ForEach-Object { $_ -replace '^PS> ', '' }) -join "`n"
            $reason = $notHere.Keys | Where-Object { $code -match $_ } | ForEach-Object { $notHere[$_] } | Select-Object -First 1
            # An example whose output cannot be checked says why in its title.
            $unchecked = (Get-ExampleExpectation $code).Reason
            @{
                Cmdlet = $file.BaseName; Number = $number; Title = $match.Groups['title'].Value; Code = $code; Runnable = -not $reason
                Reason = $reason; Unchecked = if ($unchecked) { " (nothing shown to check: $unchecked)" } else { '' }
            }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'ExampleOutput.ps1')
    $script:emulator = Initialize-KipuHubTest
    # What the examples take as given and no example changes: a finished job and a finished service execution.
    $null = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken)
    $script:finishedJob = New-QHubJob -BackendId aws.ionq.aria -Shots 100 -Input (New-BellCircuit) | Wait-QHubJob -PollInterval 0.1
    $script:secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
    Connect-QHubService -Uri "$($script:emulator.Root)/gateway/acme/vqe/1.0.0" -ConsumerKey emulator-key -ConsumerSecret $script:secret
    $script:finishedExecution = Start-QHubServiceExecution -Input @{ molecule = 'H2' } | Wait-QHubServiceExecution -PollInterval 0.1
    # A finished execution the catalog shows: of a service of our own, started by an application of our own.
    $provided = New-QHubWorkflowService -Name examples-provided
    $caller = (New-QHubApplication -Name examples-caller | Get-QHubApplicationCredential).Credential
    $gateway = Connect-QHubService -Uri $provided.LatestVersion.GatewayEndpoint -Credential $caller -PassThru
    $script:catalogRun = Start-QHubServiceExecution -Input @{ molecule = 'LiH' } -ServiceConnection $gateway | Wait-QHubServiceExecution -PollInterval 0.1 -ServiceConnection $gateway
    $script:catalogRun = Get-QHubServiceExecution -Id $script:catalogRun.Id -Connection (Get-QHubContext)
    # What examples that read or remove find: a pool of the name they use with a file, a published service, an algorithm with a permission,
    # and the second user's organization, which invites the dev user before each example.
    $script:molecules = New-QHubDataPool -Name molecules
    $null = New-QHubGitIntegration -Name examples-git -Provider GITHUB -Url https://github.com/acme -Token $script:secret
    $null = New-QHubUseCase -Title 'Portfolio optimization' -Industry Finance
    # An application subscribed to the marketplace's vqe that has run it: what an example lists by subscription.
    $subscriber = New-QHubApplication -Name examples-subscriber
    $script:subscription = New-QHubSubscription -ApplicationId $subscriber.Id -ServiceId service-vqe
    $asSubscriber = Connect-QHubService -Uri "$($script:emulator.Root)/gateway/acme/vqe/1.0.0" -PassThru -Credential ($subscriber | Get-QHubApplicationCredential).Credential
    $null = Start-QHubServiceExecution -Input @{ molecule = 'H2' } -ServiceConnection $asSubscriber
    $null = New-QHubWorkflowService -Name examples-published | Publish-QHubService -Confirm:$false
    $null = New-QHubAlgorithm -Name 'examples-base'
    $null = New-QHubAlgorithm -Name 'examples-related'
    $script:second = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-SecondToken) -PassThru
    $script:theirs = New-QHubOrganization -Name 'examples-theirs' -Connection $script:second
    # The Cmdlet column of Test-QHubApiCompatibility, by Api.OperationId: what each example's calls are held to.
    $script:cmdletsOf = @{}
    Test-QHubApiCompatibility | ForEach-Object { $script:cmdletsOf["$($_.Api).$($_.OperationId)"] = $_.Cmdlet -split ', ' }
    $script:changing = Test-QHubApiCompatibility | Where-Object Route -NotMatch '^GET ' | ForEach-Object { "$($_.Api).$($_.OperationId)" }
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Get-Help' {
    It 'answers for <_> with a synopsis, a description and two examples' -Tag 'Static' -ForEach (Import-PowerShellDataFile $env:KIPUHUB_MODULE_PATH).CmdletsToExport {
        if (-not (Test-Path (Join-Path (Split-Path $env:KIPUHUB_MODULE_PATH) 'en-US'))) {
            Set-ItResult -Skipped -Because 'the staged module has no help files (platyPS was not installed when it was built)'
            return
        }
        $help = Get-Help $_ -Full
        # Without a help file Get-Help still fills the synopsis, with the syntax line: a written one is a sentence.
        $help.Synopsis | Should -Not -Match "^\s*$_\s"
        $help.Synopsis | Should -Match '\.$'
        ($help.Description.Text -join ' ') | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        # platyPS writes no form for a parameter set that only "(All)" parameters make up: the SYNTAX would lack it.
        @($help.Syntax.SyntaxItem).Count | Should -Be (Get-Command $_).ParameterSets.Count -Because 'Get-Help shows every form the cmdlet takes'
    }

    It 'answers for the about topics from the staged module' -Skip:(-not (Get-Module -ListAvailable platyPS)) {
        Get-Help about_KipuHub | Out-String | Should -Match 'RequestOutcomeUnknown'
        Get-Help about_KipuHub_Automation | Out-String | Should -Match 'Get-AutomationVariable'
        Get-Help about_KipuHub_Emulator | Out-String | Should -Match 'fault'
    }
}

Describe 'The examples of the help' {
    BeforeEach {
        # What the examples take as given: connections, a circuit, a session, finished jobs and executions, and a
        # service, a data pool and an organization of their own.
        $null = Connect-QHub -Endpoint $script:emulator.Root -Token (Get-DevToken)
        Connect-QHubService -Uri "$($script:emulator.Root)/gateway/acme/vqe/1.0.0" -ConsumerKey emulator-key -ConsumerSecret $script:secret
        $secret = $script:secret
        $bell = New-BellCircuit
        $circuit = $bell
        $s = New-QHubSession -BackendId aws.sim.sv1
        # A job in the session for the examples that list its jobs (a job each time would be the newest jobs of the rest).
        if ($Code -match 'SessionId \$s\.Id') { $null = New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input $bell -SessionId $s.Id }
        $job = $script:finishedJob
        $jobs = @($job)
        $execution = $script:finishedExecution
        $app = New-QHubApplication -Name "example-$([guid]::NewGuid().ToString('N'))"
        $subscription = if ($Code -match 'Get-QHubServiceExecution -SubscriptionId') { $script:subscription }
                        else { New-QHubSubscription -ApplicationId $app.Id -ServiceId service-demo }
        # A job that fails, for the example that says why jobs failed.
        if ($Code -match 'Status -EQ FAILED') {
            $jobs += New-QHubJob -BackendId aws.sim.sv1 -Shots 10 -Input @{ gateset = 'qis'; qubits = 2; circuit = @(@{ type = 'h'; targets = @(5) }) }
        }
        $sessions = @($s)
        $run = $script:catalogRun
        $unique = [guid]::NewGuid().ToString('N')
        $service = New-QHubWorkflowService -Name "example-$unique"
        $pool = New-QHubDataPool -Name "example-$unique"
        $org = New-QHubOrganization -Name "example-$unique"
        $null = New-QHubDataPoolGrant -DataPoolId $pool.Id -ServiceId $service.Id
        $null = New-QHubDataPoolShare -DataPoolId $pool.Id -UserId user-second
        $null = New-QHubDataPoolShare -DataPoolId $pool.Id -WithOrganizationId $org.Id
        $null = New-QHubServiceShare -ServiceId $service.Id -UserId user-second
        $null = Set-QHubProviderToken -OrganizationId $org.Id -Provider IBM -Token (ConvertTo-SecureString 'ibm-token' -AsPlainText -Force)
        Get-QHubNotification -First 1 | Set-QHubNotification -Read
        if (-not (Get-QHubDataPoolFile -DataPoolId $script:molecules.Id)) {
            '{"h2": [0.74]}' | Set-Content (Join-Path $TestDrive 'h2.json')
            $null = Add-QHubDataPoolFile -DataPoolId $script:molecules.Id -Path (Join-Path $TestDrive 'h2.json')
        }
        $algorithm = Get-QHubAlgorithm -First 1
        if (-not ($algorithm | Get-QHubAlgorithmPermission)) {
            $null = Set-QHubAlgorithmPermission -AlgorithmId $algorithm.Id -UserId user-second -Permission VIEWER -Confirm:$false
        }
        if (-not ($algorithm | Get-QHubAlgorithmRelation)) {
            $target = Get-QHubAlgorithm -All | Where-Object Id -NE $algorithm.Id | Select-Object -First 1
            $null = Add-QHubAlgorithmRelation -AlgorithmId $algorithm.Id -TargetAlgorithmId $target.Id -RelationType VARIANT_OF
        }
        # An invitation to the dev user, until an example accepts it: from the second user's organization, or once the
        # dev user is a member of that, from a new one (a member is not invited again).
        if (-not (Get-QHubInvitation -Pending)) {
            $inviting = if (Get-QHubOrganization | Where-Object Id -EQ $script:theirs.Id) {
                New-QHubOrganization -Name "examples-inviting-$unique" -Connection $script:second
            } else { $script:theirs }
            $null = New-QHubInvitation -OrganizationId $inviting.Id -Email dev@emulator.local -Connection $script:second
        }
        Set-Location $TestDrive
        $null = New-Item -ItemType Directory -Force results
        [IO.File]::WriteAllBytes((Join-Path $TestDrive 'me.png'), [byte[]](0x89, 0x50, 0x4E, 0x47, 1, 2, 3))
        '{"h2": [0.74]}' | Set-Content (Join-Path $TestDrive 'h2.json')
        '{"lih": [1.6]}' | Set-Content (Join-Path $TestDrive 'lih.json')
        '<definitions><process id="onboard"/></definitions>' | Set-Content (Join-Path $TestDrive 'flow.bpmn')
        '{"openapi":"3.0.3","info":{"title":"pricing","version":"1"},"paths":{}}' | Set-Content (Join-Path $TestDrive 'pricing.json')
        if (-not (Test-Path (Join-Path $TestDrive 'echo.zip'))) {
            $echo = New-Item -ItemType Directory -Force (Join-Path $TestDrive 'echo')
            'def run(data, params): return data' | Set-Content (Join-Path $echo 'program.py')
            Compress-Archive -Path (Join-Path $echo '*') -DestinationPath (Join-Path $TestDrive 'echo.zip')
        }
    }

    foreach ($example in $script:examples | Where-Object { -not $_.Runnable }) {
        It "$($example.Cmdlet) example $($example.Number) is not run here: $($example.Reason)" -Skip { }
    }

    It '<Cmdlet> example <Number> runs: <Title><Unchecked>' -ForEach ($script:examples | Where-Object { $_.Runnable }) {
        $expected = Get-ExampleExpectation $Code
        $prepare, $show = $expected.Prefix, $expected.Last | ForEach-Object {
            [scriptblock]::Create($_.Replace('http://127.0.0.1:5080', $script:emulator.Root))
        }
        Clear-EmulatorStats $script:emulator
        # An error stops the example as it would stop a script with $ErrorActionPreference = 'Stop'. What it shows is
        # its last statement's output, or the value an assignment there leaves.
        $output = & {
            param($__prepare, $__show, $__assigned)
            $ErrorActionPreference = 'Stop'
            $null = . $__prepare
            $__shown = . $__show
            if ($__assigned) { Get-Variable $__assigned -ValueOnly } else { $__shown }
        } $prepare $show $expected.Assigned
        Assert-ExampleOutput $expected $output

        # -WhatIf changes nothing: none of the example cmdlet's own changing operations reached the Hub.
        if ($expected.Check -eq 'NoChange') {
            Get-EmulatorOperation $script:emulator | Where-Object { $_ -in $script:changing -and $Cmdlet -in $script:cmdletsOf[$_] } |
                Should -BeNullOrEmpty -Because "-WhatIf must not send $Cmdlet's change"
        }

        # The example runs its own cmdlet: one of the operations Test-QHubApiCompatibility names for it reached the Hub
        # (an example that pipes nothing would pass without it), or for an execution cmdlet on a service connection,
        # the service's gateway. -WhatIf examples send nothing, by design.
        $own = @($script:cmdletsOf.GetEnumerator() | Where-Object { $Cmdlet -in $_.Value } | ForEach-Object Key)
        $onGateway = $Cmdlet -like '*-QHubServiceExecution*' -and (Get-EmulatorGatewayOperation $script:emulator)
        if ($own -and $Code -notmatch '-WhatIf' -and -not $onGateway) {
            Get-EmulatorOperation $script:emulator | Where-Object { $_ -in $own } |
                Should -Not -BeNullOrEmpty -Because "the example must run $Cmdlet (operations $($own -join ', '))"
        }

        # Each operation of the module's tables that the example made is one Test-QHubApiCompatibility lists for a
        # cmdlet of the example (Invoke-QHubOperation and Invoke-QHubRequest may call any; a URL the Hub hands out,
        # such as a profile image's, is no operation of the tables).
        if ($Code -notmatch 'Invoke-QHub(Operation|Request)') {
            $inExample = [regex]::Matches($Code, '\b\w+-QHub\w*\b').Value
            foreach ($operation in Get-EmulatorOperation $script:emulator | Where-Object { $script:cmdletsOf.ContainsKey($_) }) {
                $script:cmdletsOf[$operation] | Where-Object { $_ -in $inExample } |
                    Should -Not -BeNullOrEmpty -Because "$operation was called, and Test-QHubApiCompatibility names $($script:cmdletsOf[$operation] -join ', ') for it"
            }
        }
    }
}
