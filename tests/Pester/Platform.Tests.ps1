BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest -Connect
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Data pools' {
    It 'creates, describes, lists, renames and removes a pool; a taken name is DataPoolConflict' {
        $pool = New-QHubDataPool -Name molecules -ShortDescription 'Small molecules'
        $pool.ShortDescription | Should -Be 'Small molecules'
        { New-QHubDataPool -Name molecules -ErrorAction Stop } | Should -Throw -ErrorId 'DataPoolConflict,*'
        (Get-QHubDataPool).Id | Should -Contain $pool.Id
        ($pool | Set-QHubDataPool -Name molecules-v2 -PassThru).Name | Should -Be 'molecules-v2'
        $pool | Remove-QHubDataPool -WhatIf
        (Get-QHubDataPool -Id $pool.Id).Name | Should -Be 'molecules-v2'
        $pool | Remove-QHubDataPool -Force
        { Get-QHubDataPool -Id $pool.Id -ErrorAction Stop } | Should -Throw -ErrorId 'DataPoolNotFound,*'
    }

    It 'uploads, lists, saves and removes files through the pipeline' {
        $a = Join-Path $TestDrive 'h2.json'
        $b = Join-Path $TestDrive 'lih.json'
        '{"h2": [0.74]}' | Set-Content $a
        '{"lih": [1.6]}' | Set-Content $b
        $pool = New-QHubDataPool -Name inputs
        $added = $pool | Add-QHubDataPoolFile -Path $a, $b
        $added.Name | Should -Be @('h2.json', 'lih.json')
        $files = $pool | Get-QHubDataPoolFile
        $files.Count | Should -Be 2
        $out = Join-Path $TestDrive 'out'
        $null = New-Item -ItemType Directory $out
        $saved = $files | Save-QHubDataPoolFile -Path $out -PassThru
        $saved.Name | Should -Be @('h2.json', 'lih.json')
        $saved.PSParentPath | Select-Object -Unique | Should -Be (Get-Item -LiteralPath $out).PSPath
        Get-Content -Raw (Join-Path $out 'h2.json') | Should -Be (Get-Content -Raw $a)
        { $files[0] | Save-QHubDataPoolFile -Path $out -ErrorAction Stop } | Should -Throw -ErrorId 'FileExists,*'
        $files | Where-Object Name -EQ 'h2.json' | Remove-QHubDataPoolFile -Confirm:$false
        ($pool | Get-QHubDataPoolFile).Name | Should -Be 'lih.json'
        $pool | Remove-QHubDataPool -Force
    }

    It 'round-trips a 50 MB file byte for byte, streamed both ways' {
        $big = Join-Path $TestDrive 'samples.bin'
        $bytes = [byte[]]::new(50MB)
        [Security.Cryptography.RandomNumberGenerator]::Fill($bytes)
        [IO.File]::WriteAllBytes($big, $bytes)
        $pool = New-QHubDataPool -Name large-inputs
        $added = $pool | Add-QHubDataPoolFile -Path $big
        $added.ContentLength | Should -Be 50MB
        $out = (New-Item -ItemType Directory (Join-Path $TestDrive 'large-out')).FullName
        $saved = $added | Save-QHubDataPoolFile -Path $out -PassThru
        (Get-FileHash $saved.FullName).Hash | Should -Be (Get-FileHash $big).Hash
        $pool | Remove-QHubDataPool -Force
    }

    It 'keeps an organization''s pools to it, with -OrganizationId per call' {
        $team = (Get-TestOrganization $script:emulator 'team').Id
        $pool = New-QHubDataPool -Name team-inputs -OrganizationId $team
        { Get-QHubDataPool -Id $pool.Id -ErrorAction Stop } | Should -Throw -ErrorId 'DataPoolNotFound,*'
        (Get-QHubDataPool -Id $pool.Id -OrganizationId $team).Name | Should -Be 'team-inputs'
        (Get-QHubDataPool -OrganizationId $team).Id | Should -Contain $pool.Id
        (Get-QHubDataPool).Id | Should -Not -Contain $pool.Id
    }

    It 'shows pools and files at 80 columns with their names and ids' {
        $pool = New-QHubDataPool -Name 'a-pool-with-a-rather-long-name'
        $text = Get-QHubDataPool -Id $pool.Id | Out-String -Width 80
        $text | Should -Match 'a-pool-with-a-rather-long-name'
        $text | Should -Match $pool.Id
    }
}

Describe 'Applications' {
    It 'creates an application whose credentials connect to a service until it is removed' {
        $app = New-QHubApplication -Name vqe-runner
        { New-QHubApplication -Name vqe-runner -ErrorAction Stop } | Should -Throw -ErrorId 'ApplicationConflict,*'
        (Get-QHubApplication).Id | Should -Contain $app.Id
        $credential = $app | Get-QHubApplicationCredential
        $credential.ConsumerSecret | Should -BeOfType ([securestring])
        ($credential | Out-String) | Should -Not -Match ($app | Get-QHubApplicationCredential -AsPlainText).ConsumerSecret
        $gateway = "$($script:emulator.Root)/gateway/acme/vqe/1.0.0"
        $null = Get-QHubMarketplaceListing -Id listing-vqe | New-QHubSubscription -ApplicationId $app.Id
        $service = Connect-QHubService -Uri $gateway -Credential $credential.Credential -PassThru
        (Start-QHubServiceExecution -Input @{ n = 1 } -ServiceConnection $service).Status | Should -Be 'PENDING'
        $reset = $app | Reset-QHubApplicationCredential -Force -AsPlainText
        $reset.ConsumerSecret | Should -Not -Be ($credential.Credential.GetNetworkCredential().Password)
        $credential = $app | Get-QHubApplicationCredential
        $app | Remove-QHubApplication -WhatIf
        (Get-QHubApplication -Id $app.Id).Name | Should -Be 'vqe-runner'
        $app | Remove-QHubApplication -Force
        { Connect-QHubService -Uri $gateway -Credential $credential.Credential -ErrorAction Stop } | Should -Throw -ErrorId 'Unauthorized,*'
        { Get-QHubApplication -Id $app.Id -ErrorAction Stop } | Should -Throw -ErrorId 'ApplicationNotFound,*'
    }
}

Describe 'The marketplace' {
    It 'lists services whose gateway URL connects a service, and their documents' {
        (Get-QHubMarketplaceListing -Name 'qaoa*').Id | Should -Be 'listing-qaoa'
        $secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
        $service = Get-QHubMarketplaceListing -Id listing-demo | Connect-QHubService -ConsumerKey emulator-key -ConsumerSecret $secret -PassThru
        $service.Uri.AbsoluteUri | Should -Be "$($script:emulator.Root)/gateway/demo/my-service/1.0.0"
        (Start-QHubServiceExecution -Input @{ n = 1 } -ServiceConnection $service | Wait-QHubServiceExecution -PollInterval 0.1 -ServiceConnection $service).Status | Should -Be 'SUCCEEDED'
        (Get-QHubMarketplaceListing -Id listing-vqe -ApiSpec).openapi | Should -Be '3.0.3'
        { Get-QHubMarketplaceListing -Id nope -ErrorAction Stop } | Should -Throw -ErrorId 'ListingNotFound,*'
        (Get-QHubMarketplaceListing | Out-String -Width 80) | Should -Match 'qaoa-maxcut\s+2\.1\.0'
    }
}

Describe 'Subscriptions' {
    It 'subscribes an application to a listed service and shows what it ran there' {
        $app = New-QHubApplication -Name auditor
        $subscription = Get-QHubMarketplaceListing -Id listing-demo | New-QHubSubscription -ApplicationId $app.Id
        $subscription.Api.Name | Should -Be 'my-service'
        { Get-QHubMarketplaceListing -Id listing-demo | New-QHubSubscription -ApplicationId $app.Id -ErrorAction Stop } | Should -Throw -ErrorId 'SubscriptionConflict,*'
        ($app | Get-QHubSubscription).Id | Should -Be $subscription.Id
        ([pscustomobject]@{ Id = $subscription.Id } | Get-QHubSubscription).Api.Name | Should -Be 'my-service'
        (Get-QHubSubscription).Id | Should -Contain $subscription.Id
        $other = New-QHubApplication -Name second-auditor
        $piped = $other | New-QHubSubscription -ServiceId $subscription.ServiceId
        $piped.ApplicationId | Should -Be $other.Id
        (Get-QHubSubscription).Id | Should -Contain $piped.Id
        $credential = $app | Get-QHubApplicationCredential
        $service = Connect-QHubService -Uri $subscription.Api.GatewayEndpoint -Credential $credential.Credential -PassThru
        $run = Start-QHubServiceExecution -Input @{ n = 2 } -ServiceConnection $service
        (Get-QHubServiceExecution -SubscriptionId $subscription.Id).Id | Should -Be $run.Id
        $subscription | Remove-QHubSubscription -Confirm:$false
        { Get-QHubSubscription -Id $subscription.Id -ErrorAction Stop } | Should -Throw -ErrorId 'SubscriptionNotFound,*'
    }
}
