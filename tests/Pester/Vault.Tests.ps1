# Tokens from a real SecretManagement vault: SecretStore, registered in a temporary HOME of a child pwsh so that
# nothing touches the user's own vaults.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest

    # Runs a script in a fresh pwsh whose HOME is a new folder with a SecretStore vault 'Local' (no password);
    # what it writes comes back as text, its errors as ErrorIds.
    function Invoke-WithVault {
        param([string] $Script, [switch] $WithoutSecretManagement)
        $home_ = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory $home_
        $setup = if ($WithoutSecretManagement) { "`$PSModuleAutoLoadingPreference = 'None'" } else {
            'Reset-SecretStore -Authentication None -Interaction None -Force -WarningAction SilentlyContinue -Confirm:$false
             Register-SecretVault -Name Local -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault'
        }
        $file = Join-Path $home_ 'script.ps1'
        @"
`$ErrorActionPreference = 'Stop'
Import-Module '$env:KIPUHUB_MODULE_PATH'
$setup
`$endpoint = '$($script:emulator.Root)'
try { $Script } catch { 'ErrorId: ' + `$_.FullyQualifiedErrorId; 'Message: ' + `$_.Exception.Message }
"@ | Set-Content $file
        $saved = $env:HOME
        try {
            $env:HOME = $home_
            (pwsh -NoProfile -NonInteractive -File $file 2>&1) -join "`n"
        } finally {
            $env:HOME = $saved
        }
    }
}

AfterAll { Complete-KipuHubTest $script:emulator }

Describe 'Secrets from a vault' {
    It 'connects to the Hub with a token kept in a SecretStore vault, and never shows it' {
        $output = Invoke-WithVault @"
Set-Secret -Name KipuHubToken -Secret '$script:DevToken' -Vault Local
`$connection = Connect-QHub -Endpoint `$endpoint -Vault Local -SecretName KipuHubToken -PassThru -Verbose 4>&1
`$connection | Out-String
(Get-QHubBackend -Id aws.sim.sv1).Id
"@
        $output | Should -Match "secret 'KipuHubToken' of vault 'Local'"
        $output | Should -Match 'aws.sim.sv1'
        $output | Should -Not -Match $script:DevToken
    }

    It 'connects to a service with a consumer key and secret kept as a credential' {
        $output = Invoke-WithVault @"
Set-Secret -Name Gateway -Secret ([pscredential]::new('emulator-key', (ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force))) -Vault Local
Connect-QHubService -Uri "`$endpoint/gateway/acme/vqe/1.0.0" -Vault Local -SecretName Gateway
(Start-QHubServiceExecution -Input @{ n = 1 }).Status
"@
        $output | Should -Match 'PENDING'
        $output | Should -Not -Match 'emulator-secret'
    }

    It 'says SecretNotFound for a secret the vault does not have' {
        $output = Invoke-WithVault 'Connect-QHub -Endpoint $endpoint -Vault Local -SecretName Missing'
        $output | Should -Match 'ErrorId: SecretNotFound'
        $output | Should -Match "Missing"
    }

    It 'says what to install when SecretManagement is not there' {
        $output = Invoke-WithVault 'Connect-QHub -Endpoint $endpoint -Vault Local -SecretName Any' -WithoutSecretManagement
        $output | Should -Match 'ErrorId: SecretManagementNotInstalled'
        $output | Should -Match 'Install-PSResource Microsoft.PowerShell.SecretManagement'
    }
}
