BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest -Connect
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Users' {
    It 'gets the current user, users by id and by search, page by page' {
        (Get-QHubUser).Email | Should -Be 'dev@emulator.local'
        (Get-QHubUser -Id user-ada).Name | Should -Be 'Ada Lovelace'
        'user-ada', 'user-alan' | Get-QHubUser | Should -HaveCount 2
        { Get-QHubUser -Id nobody -ErrorAction Stop } | Should -Throw -ErrorId 'UserNotFound,*'
        @(Get-QHubUser -Search 'a' -PageSize 1 -All).Count | Should -BeGreaterThan 2
        @(Get-QHubUser -Search 'a' -PageSize 1 -First 2).Count | Should -Be 2
    }

    It 'tests existence without an error for a missing user' {
        Test-QHubUser -Id user-grace | Should -BeTrue
        Test-QHubUser -Id nobody | Should -BeFalse
    }

    It 'updates the profile, and -WhatIf changes nothing' {
        Set-QHubUser -About 'changed?' -WhatIf
        (Get-QHubUser).About | Should -BeNullOrEmpty
        (Set-QHubUser -CurrentPosition 'Researcher' -Homepage 'https://example.org' -PassThru).CurrentPosition | Should -Be 'Researcher'
        (Get-QHubUser).Homepage | Should -Be 'https://example.org'
    }

    It 'uploads, shows and deletes the profile image, and refuses other types and large files' {
        $png = Join-Path $TestDrive 'me.png'
        [IO.File]::WriteAllBytes($png, [byte[]](0x89, 0x50, 0x4E, 0x47, 1, 2, 3))
        Set-QHubUserProfileImage -Path $png
        $image = Get-QHubUserProfileImage -Id user-dev
        (Get-QHubUserProfileImage).Url | Should -Be $image.Url
        (Invoke-WebRequest $image.Url -Headers @{ 'X-Auth-Token' = $script:DevToken }).RawContentLength | Should -Be 7
        $text = Join-Path $TestDrive 'me.txt'
        'not an image' | Set-Content $text
        { Set-QHubUserProfileImage -Path $text -ErrorAction Stop } | Should -Throw -ErrorId 'UnsupportedMediaType,*'
        $big = Join-Path $TestDrive 'big.png'
        [IO.File]::WriteAllBytes($big, [byte[]]::new(2MB))
        { Set-QHubUserProfileImage -Path $big -ErrorAction Stop } | Should -Throw -ErrorId 'ContentTooLarge,*'
        Remove-QHubUserProfileImage
        { Get-QHubUserProfileImage -Id user-dev -ErrorAction Stop } | Should -Throw -ErrorId 'ProfileImageNotFound,*'
    }

    It 'reads registration status and the principal' {
        (Get-QHubUserRegistrationStatus -Email grace@emulator.local).Status | Should -Be 'REGISTERED'
        (Get-QHubUserRegistrationStatus -Email nobody@example.org).Status | Should -Be 'NOT_REGISTERED'
        (Get-QHubPrincipal).Type | Should -Be 'PERSONAL_ACCESS_TOKEN'
    }
}

Describe 'Personal access tokens' {
    It 'creates a token shown once as a SecureString, which works at once and stops when removed' {
        $created = New-QHubAccessToken -Name ci -ExpiresAt (Get-Date).AddDays(30) -Verbose -Debug 4>&1 5>&1 | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] -and $_ -isnot [System.Management.Automation.DebugRecord] }
        $created.Token | Should -BeOfType ([securestring])
        $plain = [pscredential]::new('x', $created.Token).GetNetworkCredential().Password
        $plain.Length | Should -BeGreaterThan 10
        (Get-QHubAccessToken).Id | Should -Contain $created.Id
        (Get-QHubAccessToken | Out-String) | Should -Not -Match $plain
        $other = Connect-QHub -Endpoint $script:emulator.Root -Token $created.Token -PassThru
        (Get-QHubUser -Connection $other).Id | Should -Be 'user-dev'
        (Get-Command Remove-QHubAccessToken).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact | Should -Be 'High'
        Get-QHubAccessToken | Where-Object Id -EQ $created.Id | Remove-QHubAccessToken -Force
        { Get-QHubUser -Connection $other -ErrorAction Stop } | Should -Throw -ErrorId 'Unauthorized,*'
        $null = Connect-TestHub $script:emulator
    }

    It 'never writes a new secret to the verbose or debug streams' {
        $streams = New-QHubAccessToken -Name logged -AsPlainText -Verbose -Debug 4>&1 5>&1
        $token = ($streams | Where-Object { $_.PSObject.TypeNames -contains 'KipuHub.NewAccessToken' }).Token
        $token | Should -BeOfType ([string])
        ($streams | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -or $_ -is [System.Management.Automation.DebugRecord] } | Out-String) | Should -Not -Match $token
    }

    Context 'on an emulator of their own, since they end the token the suite uses' {
        BeforeEach {
            $script:own = Start-TestEmulator
            $script:ownConnection = Connect-QHub -Endpoint $script:own.Root -Token (Get-DevToken) -PassThru
        }

        AfterEach {
            Stop-TestEmulator $script:own
            $null = Connect-TestHub $script:emulator
        }

        It 'regenerates the default token with a warning; the old one stops working, the new one works' {
            Reset-QHubAccessToken -Connection $script:ownConnection -WhatIf
            (Get-QHubUser -Connection $script:ownConnection).Id | Should -Be 'user-dev'
            $fresh = Reset-QHubAccessToken -Connection $script:ownConnection -Force -WarningVariable warned -WarningAction SilentlyContinue
            "$warned" | Should -Match 'stops working'
            $fresh.Token | Should -BeOfType ([securestring])
            { Get-QHubUser -Connection $script:ownConnection -ErrorAction Stop } | Should -Throw -ErrorId 'Unauthorized,*'
            $renewed = Connect-QHub -Endpoint $script:own.Root -Token $fresh.Token -PassThru
            (Get-QHubUser -Connection $renewed).Id | Should -Be 'user-dev'
        }

        It 'deletes the account only when told so, and then its token stops working' {
            Remove-QHubUser -Connection $script:ownConnection -WhatIf
            (Get-QHubUser -Connection $script:ownConnection).Id | Should -Be 'user-dev'
            Remove-QHubUser -Connection $script:ownConnection -Force
            { Get-QHubUser -Connection $script:ownConnection -ErrorAction Stop } | Should -Throw -ErrorId 'Unauthorized,*'
        }
    }
}
