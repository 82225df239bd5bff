BeforeDiscovery {
    # Every example of docs/help that can run against the emulator; the others need the real Hub, Azure
    # Automation or files of their own.
    $notHere = 'Get-AutomationPSCredential', 'Get-Secret', 'ghz.qasm', 'ServiceExecutionId', 'f3c1e2a4', 'aws.ionq.forte', '\$a, \$b', 'Scope CurrentUser', 'Disconnect-QHub', '-Id [0-9a-f]{8}-', 'Remove-QHubUser -Connection', 'Reset-QHubAccessToken -Force', '5b2f0c1e', '7c1d2e3f'
    $script:examples = foreach ($file in Get-ChildItem (Join-Path $PSScriptRoot '../../docs/help') -Filter '*-QHub*.md') {
        $markdown = Get-Content -Raw $file.FullName
        $number = 0
        foreach ($match in [regex]::Matches($markdown, '(?ms)^### Example \d+: (?<title>[^\n]+)\n```powershell\n(?<code>.*?)```')) {
            $number++
            $code = ($match.Groups['code'].Value -split "`n" | ForEach-Object { $_ -replace '^PS> ', '' }) -join "`n"
            $runnable = -not ($notHere | Where-Object { $code -match $_ })
            @{ Cmdlet = $file.BaseName; Number = $number; Title = $match.Groups['title'].Value; Code = $code; Runnable = $runnable }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
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
    # The Cmdlet column of Test-QHubApiCompatibility, by Api.OperationId: what each example's calls are held to.
    $script:cmdletsOf = @{}
    Test-QHubApiCompatibility | ForEach-Object { $script:cmdletsOf["$($_.Api).$($_.OperationId)"] = $_.Cmdlet -split ', ' }
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Get-Help' {
    It 'answers for <_> with a synopsis and examples' -ForEach (Import-PowerShellDataFile $env:KIPUHUB_MODULE_PATH).CmdletsToExport {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        if (Test-Path (Join-Path (Split-Path $env:KIPUHUB_MODULE_PATH) 'en-US')) {
            @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        }
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
        $job = $script:finishedJob
        $jobs = @($job)
        $execution = $script:finishedExecution
        $app = New-QHubApplication -Name "example-$([guid]::NewGuid().ToString('N'))"
        $subscription = New-QHubSubscription -ApplicationId $app.Id -ServiceId service-demo
        $sessions = @($s)
        $run = $script:catalogRun
        $unique = [guid]::NewGuid().ToString('N')
        $service = New-QHubWorkflowService -Name "example-$unique"
        $pool = New-QHubDataPool -Name "example-$unique"
        $org = New-QHubOrganization -Name "example-$unique"
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

    It '<Cmdlet> example <Number> runs: <Title>' -ForEach ($script:examples | Where-Object { $_.Runnable }) {
        $block = [scriptblock]::Create($Code.Replace('http://127.0.0.1:5080', $script:emulator.Root))
        Clear-EmulatorStats $script:emulator
        { $null = & $block -ErrorAction Stop } | Should -Not -Throw

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
