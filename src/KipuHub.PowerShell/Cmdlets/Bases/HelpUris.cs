namespace KipuHub.PowerShell.Cmdlets;

/// <summary>Where each cmdlet's help is online (Get-Help -Online): its page under the manifest's ProjectUri.</summary>
internal static class HelpUris
{
    public const string Base = "https://github.com/kipuhub/KipuHub/blob/main/docs/help/";
}
