# The README's main command: samples/BellPair runs the Bell pair through the cmdlets in a PowerShell it hosts.

Describe 'samples/BellPair' {
    It 'runs the Bell pair through the cmdlets against its own emulator and closes the session' {
        $sample = Join-Path $env:KIPUHUB_ROOT 'samples/BellPair/bin/Release/net10.0/BellPair.dll'
        if (-not (Test-Path $sample)) {
            Set-ItResult -Skipped -Because 'the sample is not built (dotnet build -c Release builds it with the solution)'
            return
        }
        $output = (dotnet $sample 2>&1) -join "`n"
        $LASTEXITCODE | Should -Be 0 -Because $output
        $output | Should -Match 'aws\.sim\.sv1\s+AWS\s+SIMULATOR'
        $output | Should -Match '(?m)^00 █+ +\d+ +[\d.]+ %$'
        $output | Should -Match '(?m)^11 █+ +\d+ +[\d.]+ %$'
        $output | Should -Match 'Session \S+ is CLOSED'
    }
}
