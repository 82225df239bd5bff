# Tokens from a real SecretManagement vault: SecretStore, registered in a temporary HOME of a child pwsh so that
# nothing touches the user's own vaults.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-KipuHubTest

    # Runs a script in a fresh pwsh whose HOME is a new folder with a SecretStore vault 'Local' (no password);
    # what it writes comes back as text, its errors as ErrorIds.
    function Invoke-WithVault {
        param([string] $Script, [switch] $WithoutSecretManagement, [string] $HomeFolder)
        # A later process of the same user reuses its HOME, and the vault registered there.
        $home_ = if ($HomeFolder) { $HomeFolder } else { Join-Path $TestDrive ([guid]::NewGuid().ToString('N')) }
        $null = New-Item -ItemType Directory -Force $home_
        $setup = if ($HomeFolder -and (Test-Path (Join-Path $home_ 'script.ps1'))) { '' } elseif ($WithoutSecretManagement) { "`$PSModuleAutoLoadingPreference = 'None'" } else {
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

    It 'says VaultNotFound for a vault that is not registered, not that a vault lacks the secret' {
        $output = Invoke-WithVault 'Connect-QHub -Endpoint $endpoint -Vault NoSuchVault -SecretName KipuHubToken'
        $output | Should -Match 'ErrorId: VaultNotFound'
        $output | Should -Match "no vault 'NoSuchVault' registered"
        $output | Should -Not -Match 'has no secret'
    }

    It 'says SecretNotFound for a secret the vault does not have' {
        $output = Invoke-WithVault 'Connect-QHub -Endpoint $endpoint -Vault Local -SecretName Missing'
        $output | Should -Match 'ErrorId: SecretNotFound'
        $output | Should -Match "Missing"
    }

    It 'saves only where the token is with -Scope CurrentUser -Vault, and a later process reads it from the vault' {
        $userHome = Join-Path $TestDrive 'same-user'
        $first = Invoke-WithVault -HomeFolder $userHome @"
Set-Secret -Name KipuHubToken -Secret '$script:DevToken' -Vault Local
Connect-QHub -Endpoint `$endpoint -Vault Local -SecretName KipuHubToken -Scope CurrentUser
Get-Content -Raw (Join-Path `$HOME '.config/kipuhub/connection.json')
"@
        $first | Should -Match '"token_protection":\s*"vault"'
        $first | Should -Match 'Local/KipuHubToken'
        $first | Should -Not -Match $script:DevToken
        $later = Invoke-WithVault -HomeFolder $userHome '(Get-QHubBackend -Id aws.sim.sv1).Id; (Get-QHubContext).TokenSource'
        $later | Should -Match 'aws.sim.sv1'
        $later | Should -Match 'saved connection'
    }

    It 'says what to install when SecretManagement is not there' {
        $output = Invoke-WithVault 'Connect-QHub -Endpoint $endpoint -Vault Local -SecretName Any' -WithoutSecretManagement
        $output | Should -Match 'ErrorId: SecretManagementNotInstalled'
        $output | Should -Match 'Install-PSResource Microsoft.PowerShell.SecretManagement'
    }
}
