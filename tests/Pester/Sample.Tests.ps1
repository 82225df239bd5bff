# The README's main command, as written: samples/BellPair runs the Bell pair through the cmdlets in a PowerShell it
# hosts, beside its own emulator.

Describe 'dotnet run --project samples/BellPair' {
    It 'runs the Bell pair through the cmdlets against its own emulator and closes the session' {
        $output = (dotnet run --project (Join-Path $env:KIPUHUB_ROOT 'samples/BellPair') 2>&1) -join "`n"
        $LASTEXITCODE | Should -Be 0 -Because $output
        $output | Should -Match 'aws\.sim\.sv1\s+AWS\s+SIMULATOR'
        $output | Should -Match '(?m)^00 █+ +\d+ +[\d.]+ %$'
        $output | Should -Match '(?m)^11 █+ +\d+ +[\d.]+ %$'
        $output | Should -Match 'Session \S+ is CLOSED'
    }
}
