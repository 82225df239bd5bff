# Module manifest of KipuHub. ModuleVersion is stamped by build.ps1 from Directory.Build.props (KipuHubVersion);
# a unit test keeps the two equal, and the export list equal to the cmdlets in the assembly.
@{
    RootModule             = 'KipuHub.PowerShell.dll'
    ModuleVersion          = '0.1.0'
    GUID                   = '8b17d83b-38fd-40d0-8e90-572c369b498b'
    Author                 = 'KipuHub contributors'
    CompanyName            = 'KipuHub'
    Copyright              = '(c) KipuHub contributors. MIT License.'
    Description            = 'Drive the Kipu Quantum Hub from PowerShell: backends, sessions, jobs and results as typed objects, retries that never submit a paid job twice, batch waiting, and a local Hub emulator for testing.'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Core', 'Desktop')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('KipuHub.Format.ps1xml')
    TypesToProcess         = @('KipuHub.Types.ps1xml')
    CmdletsToExport        = @(
        'Connect-QHub'
        'Disconnect-QHub'
        'Get-QHubContext'
        'Set-QHubContext'
        'Get-QHubBackend'
        'Get-QHubBackendStatus'
        'Get-QHubBackendConfig'
        'Get-QHubBackendCalibration'
        'New-QHubSession'
        'Get-QHubSession'
        'Get-QHubSessionStatus'
        'Set-QHubSession'
        'Close-QHubSession'
        'Stop-QHubSession'
        'New-QHubJob'
        'Get-QHubJob'
        'Get-QHubJobStatus'
        'Stop-QHubJob'
        'Wait-QHubJob'
        'Receive-QHubJobResult'
        'Save-QHubJobResult'
        'Get-QHubJobInput'
        'Get-QHubJobCalibration'
        'Get-QHubWorkload'
        'Invoke-QHubRequest'
        'Get-QHubOperation'
        'Invoke-QHubOperation'
        'Connect-QHubService'
        'Start-QHubServiceExecution'
        'Get-QHubServiceExecution'
        'Wait-QHubServiceExecution'
        'Receive-QHubServiceExecutionResult'
        'Save-QHubServiceExecutionResultFile'
        'Get-QHubServiceExecutionLog'
        'Stop-QHubServiceExecution'
        'Get-QHubUser'
        'Set-QHubUser'
        'Remove-QHubUser'
        'Test-QHubUser'
        'Set-QHubUserProfileImage'
        'Remove-QHubUserProfileImage'
        'Get-QHubUserProfileImage'
        'Get-QHubAccessToken'
        'New-QHubAccessToken'
        'Remove-QHubAccessToken'
        'Reset-QHubAccessToken'
        'Get-QHubPrincipal'
        'Get-QHubUserRegistrationStatus'
        'Get-QHubDataPool'
        'New-QHubDataPool'
        'Set-QHubDataPool'
        'Remove-QHubDataPool'
        'Add-QHubDataPoolFile'
        'Get-QHubDataPoolFile'
        'Save-QHubDataPoolFile'
        'Remove-QHubDataPoolFile'
        'Get-QHubApplication'
        'New-QHubApplication'
        'Remove-QHubApplication'
        'Get-QHubApplicationCredential'
    )
    FunctionsToExport      = @()
    AliasesToExport        = @()
    VariablesToExport      = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Quantum', 'QuantumComputing', 'KipuQuantumHub', 'PLANQK', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/kipuhub/KipuHub/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/kipuhub/KipuHub'
            ReleaseNotes = 'First release: connection, the Quantum API cmdlets, the emulator.'
        }
    }
}
