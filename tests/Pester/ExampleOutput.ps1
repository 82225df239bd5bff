# What a help example shows, read from its last statement's syntax tree, and the check of it (Help.Tests.ps1).
# An example ends in one of these, followed back through its pipeline past Where-Object and Sort-Object:
#   a KipuHub cmdlet       writes its declared OutputType (and, for one that always answers, writes something)
#   Select-Object, Format-*, Measure-Object
#                          rows with the properties it names; something counted
#   Export-Csv, Set-Content, Out-File, -OutFile
#                          a file with something in it
#   a value ($s, (...).Prop, ForEach-Object, Group-Object, ConvertFrom-Json)
#                          something shown
#   -WhatIf                no object, and the change does not reach the Hub (Help.Tests.ps1 checks that)
# Only the last statement's output is checked: what comes before prepares it. An assignment is checked by the value it
# leaves in its variable. What ends otherwise (an if, a try, Out-Null) says why nothing is shown.

using namespace System.Management.Automation.Language

function Get-ExampleExpectation {
    param([string] $Code)
    $parsed = [Parser]::ParseInput($Code, [ref]$null, [ref]$null)
    $statements = @($parsed.EndBlock.Statements)
    $statement = $statements[-1]
    # What comes before the last statement prepares it; only the last one's output is what the example shows.
    $expectation = @{
        Prefix = if ($statements.Count -gt 1) { $Code.Substring(0, $statement.Extent.StartOffset) } else { '' }
        Last = $statement.Extent.Text; Assigned = $null; AllowEmpty = $false; Names = @(); Reason = $null
    }
    if ($statement -is [AssignmentStatementAst]) {
        $expectation.Assigned = $statement.Left.VariablePath.UserPath
        $statement = $statement.Right
    }
    if ($statement -isnot [PipelineAst]) {
        $keyword = ($statement.Extent.Text -split '\W', 2)[0].ToLowerInvariant()
        $article = if ($keyword -match '^[aeiou]') { 'an' } else { 'a' }
        return Set-Expectation $expectation @{ Check = 'None'; Reason = "it ends in $article '$keyword' block, which writes only what it finds" }
    }
    Get-PipelineExpectation $statement $expectation
}

function Get-PipelineExpectation([PipelineAst] $Pipeline, [hashtable] $Expectation) {
    $elements = $Pipeline.PipelineElements
    # A filter may leave nothing, and then nothing is what the example rightly shows.
    if ($elements | Where-Object { $_ -is [CommandAst] -and $_.GetCommandName() -eq 'Where-Object' }) { $Expectation.AllowEmpty = $true }
    for ($i = $elements.Count - 1; $i -ge 0; $i--) {
        $element = $elements[$i]
        if ($element -is [CommandExpressionAst]) { return Set-Expectation $Expectation @{ Check = 'Shown' } }
        $name = $element.GetCommandName()
        $parameters = @($element.CommandElements | Where-Object { $_ -is [CommandParameterAst] } | ForEach-Object ParameterName)
        $arguments = @($element.CommandElements | Select-Object -Skip 1 | Where-Object { $_ -isnot [CommandParameterAst] })
        if ($name -in 'Where-Object', 'Sort-Object') { continue }
        if ($name -eq 'Select-Object' -and -not ($parameters | Where-Object { $_ -notin 'First', 'Last', 'Skip', 'Unique' }) -and
            -not ($arguments | Where-Object { $_.Extent.Text -notmatch '^\d+$' })) { continue }
        if ($name -eq 'ForEach-Object' -and $arguments[0] -is [ScriptBlockExpressionAst] -and
            ($arguments[0].ScriptBlock.EndBlock.Statements | Select-Object -Last 1) -is [PipelineAst]) {
            return Get-PipelineExpectation ($arguments[0].ScriptBlock.EndBlock.Statements | Select-Object -Last 1) $Expectation
        }
        if ($name -in 'Select-Object', 'Format-Table', 'Format-List') {
            if ('ExpandProperty' -in $parameters) { return Set-Expectation $Expectation @{ Check = 'Shown' } }
            $listed = $arguments | Where-Object { $_ -is [StringConstantExpressionAst] -or $_ -is [ArrayLiteralAst] }
            $names = @($listed | ForEach-Object { $_.FindAll({ param($n) $n -is [StringConstantExpressionAst] }, $true).Value } |
                Where-Object { $_ -match '^\w+$' })
            return Set-Expectation $Expectation @{ Check = 'Rows'; Verb = $name; Names = $names }
        }
        if ($name -eq 'Measure-Object') { return Set-Expectation $Expectation @{ Check = 'Measured' } }
        if ($name -eq 'Out-Null') { return Set-Expectation $Expectation @{ Check = 'None'; Reason = 'it discards its output by design' } }
        $texts = @($element.CommandElements.Extent.Text)
        $file = if ($name -in 'Export-Csv', 'Set-Content', 'Out-File') {
            if ('Path' -in $parameters) { $texts[[array]::IndexOf($texts, '-Path') + 1] } else { $arguments[0].Extent.Text }
        } elseif ('OutFile' -in $parameters) { $texts[[array]::IndexOf($texts, '-OutFile') + 1] }
        if ($file) { return Set-Expectation $Expectation @{ Check = 'File'; Path = $file.Trim("'", '"') } }
        if ('WhatIf' -in $parameters) { return Set-Expectation $Expectation @{ Check = 'NoChange' } }
        if ($name -match '^\w+-QHub\w*$') {
            # Cmdlets that change a thing, connect or save write it only with -PassThru; the others always answer.
            $quietVerbs = 'Set', 'Remove', 'Stop', 'Close', 'Add', 'Publish', 'Unpublish', 'Reset', 'Approve', 'Connect', 'Disconnect', 'Save'
            if (($name -split '-')[0] -in $quietVerbs -and 'PassThru' -notin $parameters) { $Expectation.AllowEmpty = $true }
            return Set-Expectation $Expectation @{ Check = 'Type'; Cmdlet = $name }
        }
        return Set-Expectation $Expectation @{ Check = 'Shown' }
    }
}

function Set-Expectation([hashtable] $Expectation, [hashtable] $Values) {
    foreach ($key in $Values.Keys) { $Expectation[$key] = $Values[$key] }
    $Expectation
}

function Assert-ExampleOutput {
    param([hashtable] $Expectation, [object[]] $Output)
    $items = @($Output | Where-Object { $null -ne $_ })
    $check = $Expectation.Check
    if ($check -eq 'Type') {
        # Read when the module is loaded (examples are found before it is): a cmdlet that declares any object shows a value.
        $declared = @((Get-Command $Expectation.Cmdlet).OutputType.Name)
        if (-not $declared -or 'System.Management.Automation.PSObject' -in $declared) { $check = 'Shown' }
    }
    switch ($check) {
        'Type' {
            if (-not $Expectation.AllowEmpty) { $items.Count | Should -BeGreaterThan 0 -Because "$($Expectation.Cmdlet) answers with something" }
            foreach ($item in $items) {
                @($item.PSObject.TypeNames) | Where-Object { $_ -in $declared -or ($_ -split '\.')[-1] -in $declared } |
                    Should -Not -BeNullOrEmpty -Because "$($Expectation.Cmdlet) declares $($declared -join ', ') and wrote $($item.PSObject.TypeNames[0])"
            }
        }
        'Rows' {
            if ($Expectation.AllowEmpty -and -not $items) { return }
            $items.Count | Should -BeGreaterThan 0 -Because "the example shows what $($Expectation.Verb) makes of its input"
            if ($Expectation.Verb -eq 'Select-Object') {
                foreach ($name in $Expectation.Names) {
                    @($items | Where-Object { $null -ne $_.$name }).Count | Should -BeGreaterThan 0 -Because "Select-Object $name shows a value"
                }
            } else {
                $text = $items | Out-String -Width 300
                foreach ($name in $Expectation.Names) { $text | Should -Match "\b$name\b" -Because "$($Expectation.Verb) prints $name" }
            }
        }
        'Measured' { if ($Expectation.AllowEmpty) { return }; ($items | Select-Object -First 1).Count | Should -BeGreaterThan 0 -Because 'Measure-Object counted rows' }
        'File' {
            $Expectation.Path | Should -Exist -Because 'the example writes it'
            if (-not $Expectation.AllowEmpty) { (Get-Item $Expectation.Path).Length | Should -BeGreaterThan 0 -Because "the example writes $($Expectation.Path)" }
        }
        'Shown' { if (-not $Expectation.AllowEmpty) { $items.Count | Should -BeGreaterThan 0 -Because 'the example shows a value' } }
    }
}
