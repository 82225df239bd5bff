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
        @{ Name = 'a session'; Render = { Get-QHubSession -Id $script:session.Id }; Expected = 'OPEN', 'batch', 'aws.sim.sv1' }
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
        @{ Name = 'a data pool grant'; Render = { New-QHubDataPool -Name "granted-$(Get-Random)" | New-QHubDataPoolGrant -ServiceId service-qaoa }; Expected = 'service-qaoa' }
        @{ Name = 'an algorithm'; Render = { New-QHubAlgorithm -Name "Quantum approximate optimization $(Get-Random)" -ProblemType optimization }; Expected = 'optimization', 'ProblemType' }
        @{ Name = 'an implementation'; Render = { New-QHubAlgorithm -Name "algo-$(Get-Random)" | New-QHubImplementation -Name qaoa-qiskit -ProgrammingLanguage Python }; Expected = 'qaoa-qiskit', 'Python' }
        @{ Name = 'a use case'; Render = { New-QHubUseCase -Title "Portfolio optimization $(Get-Random)" -Industry Finance }; Expected = 'Finance', 'Industry' }
        @{ Name = 'a git integration'; Render = { New-QHubGitIntegration -Name "git-$(Get-Random)" -Provider GITHUB -Token (ConvertTo-SecureString 'ghp_x1234567' -AsPlainText -Force) }; Expected = 'GITHUB', 'yes' }
        @{ Name = 'an invitation'; Render = { New-QHubOrganization -Name "invite-$(Get-Random)" | New-QHubInvitation -Email grace@emulator.local -Role MAINTAINER }; Expected = 'grace@emulator\.local', 'PENDING' }
        @{ Name = 'operations held to the live document'; Render = { Test-QHubApiCompatibility -Api User }; Expected = 'Documented', 'getCurrentUser', 'Connect-QHub, Get-QHubUser' }
        @{ Name = 'a data pool share'; Render = { New-QHubDataPool -Name "shared-$(Get-Random)" | New-QHubDataPoolShare -WithOrganizationId org-partners -Permission MAINTAINER }; Expected = 'ORGANIZATION', 'org-partners', 'MAINTAINER' }
    ) {
        # Rendered once: some of these create what they show.
        $shown = & $Render
        $text = $shown | Out-String -Width 80
        foreach ($line in $text -split "`r?`n") { $line.TrimEnd().Length | Should -BeLessOrEqual 80 -Because $line }
        $id = ($shown | Select-Object -First 1).Id
        if ($id) { $text | Should -Match ([regex]::Escape($id)) }
        foreach ($word in $Expected) { $text | Should -Match "(^|\s)($word)(\s|$)" }
    }

    It 'shows a backend''s nested objects as text in a list view' {
        $text = Get-QHubBackend -Id aws.ionq.aria | Format-List | Out-String -Width 80
        $text | Should -Not -Match 'KipuHub\.Client\.'
        $text | Should -Match 'Configuration\s+: \d+ qubits'
        $text | Should -Match 'Costs\s+: \{[\d.]+ USD per'
    }
}
