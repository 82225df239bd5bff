# Names each failed test with the start of its message, from the xunit TRX files and Pester's failure list given: CI
# keeps only the end of its output, and a test that failed once on a busy machine must be findable from it.
param([Parameter(ValueFromRemainingArguments)] [string[]] $Files)

foreach ($file in $Files | Where-Object { Test-Path $_ }) {
    if ($file -like '*.trx') {
        $trx = [xml](Get-Content -Raw $file)
        foreach ($result in $trx.TestRun.Results.UnitTestResult | Where-Object outcome -EQ 'Failed') {
            $message = $result.Output.ErrorInfo.Message
            "FAILED $($result.testName)"
            if ($message) { ($message -split "`n" | Select-Object -First 6) | ForEach-Object { "    $_" } }
        }
    } else {
        Get-Content $file | ForEach-Object { "FAILED $_" }
    }
}
