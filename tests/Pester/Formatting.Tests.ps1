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
    ) {
        $text = & $Render | Out-String -Width 80
        foreach ($line in $text -split "`r?`n") { $line.TrimEnd().Length | Should -BeLessOrEqual 80 -Because $line }
        $id = (& $Render | Select-Object -First 1).Id
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
