using System.Collections;
using System.Management.Automation;
using System.Security;

namespace KipuHub.PowerShell.Connection;

/// <summary>
/// A secret read through Microsoft.PowerShell.SecretManagement from any registered vault (SecretStore, Azure Key Vault,
/// KeePass, the OS keychain). The module does not require SecretManagement: it is looked up when a vault is named, and
/// its absence is an error that says what to install.
/// </summary>
internal static class VaultSecret
{
    const string GetSecret = @"Microsoft.PowerShell.SecretManagement\Get-Secret";
    const string GetSecretVault = @"Microsoft.PowerShell.SecretManagement\Get-SecretVault";

    /// <summary>The secret as the vault holds it: a SecureString, string, PSCredential or hashtable. Runs in the current
    /// runspace, from a cmdlet or from loading a saved connection.</summary>
    public static object Read(string vault, string name)
    {
        var available = Invoke($"Get-Command {GetSecret} -ErrorAction Ignore");
        if (available.Count == 0)
            throw new VaultUnavailableException("Reading a secret from a vault needs the module Microsoft.PowerShell.SecretManagement " +
                "(and a vault, such as Microsoft.PowerShell.SecretStore): Install-PSResource Microsoft.PowerShell.SecretManagement, " +
                "then Register-SecretVault. Without a vault, pass the secret with -Token or -Credential.");
        if (Invoke($"param($Vault) {GetSecretVault} -Name $Vault -ErrorAction Ignore", vault).Count == 0)
            throw new VaultNotFoundException($"There is no vault '{vault}' registered for this user: Get-SecretVault lists the vaults " +
                "there are, Register-SecretVault adds one.");
        try
        {
            var found = Invoke($"param($Name, $Vault) {GetSecret} -Name $Name -Vault $Vault -ErrorAction Stop", name, vault);
            return found.Count > 0 && found[0]?.BaseObject is { } secret
                ? secret
                : throw new SecretNotFoundException($"The vault '{vault}' has no secret '{name}'.");
        }
        catch (RuntimeException e)
        {
            throw new SecretNotFoundException($"The secret '{name}' could not be read from the vault '{vault}': " +
                $"{e.ErrorRecord?.Exception?.Message ?? e.Message}", e);
        }
    }

    static System.Collections.ObjectModel.Collection<PSObject> Invoke(string script, params object[] arguments)
    {
        using var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
        shell.AddScript(script);
        foreach (var argument in arguments) shell.AddArgument(argument);
        return shell.Invoke();
    }

    /// <summary>A token: the text of a SecureString or string secret, or the password of a PSCredential.</summary>
    public static string Text(object secret, string vault, string name) => secret switch
    {
        SecureString secure => SecureText.Plain(secure),
        string text => text,
        PSCredential credential => credential.GetNetworkCredential().Password,
        _ => throw new SecretNotFoundException($"The secret '{name}' in '{vault}' is a {secret.GetType().Name}; a token is " +
            "stored as a SecureString, a string or a PSCredential whose password is the token."),
    };

    /// <summary>A consumer key and secret: a PSCredential (user name: the key) or a hashtable with ConsumerKey and ConsumerSecret.
    /// </summary>
    public static (string Key, string Secret) KeyAndSecret(object secret, string vault, string name)
    {
        if (secret is PSCredential credential) return (credential.UserName, credential.GetNetworkCredential().Password);
        if (secret is IDictionary map && map["ConsumerKey"] is { } key && map["ConsumerSecret"] is { } value)
            return (key.ToString()!, value is SecureString secure ? SecureText.Plain(secure) : value.ToString()!);
        throw new SecretNotFoundException($"The secret '{name}' in '{vault}' holds no consumer key and secret: store a PSCredential " +
            "(user name: the consumer key, password: the consumer secret) or a hashtable with ConsumerKey and ConsumerSecret.");
    }
}

public sealed class VaultUnavailableException(string message) : Exception(message);

public sealed class SecretNotFoundException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A vault named that is not registered: told apart from a vault that lacks the secret.</summary>
public sealed class VaultNotFoundException(string message) : Exception(message);
