using System.Runtime.InteropServices;
using System.Security;

namespace KipuHub.PowerShell.Connection;

/// <summary>Between SecureString and text: for the one moment a secret goes on the wire, or comes from the Hub.</summary>
internal static class SecureText
{
    public static string Plain(SecureString secure)
    {
        var pointer = Marshal.SecureStringToGlobalAllocUnicode(secure);
        try
        {
            return Marshal.PtrToStringUni(pointer) ?? "";
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(pointer);
        }
    }

    /// <summary>A read-only SecureString of a secret the Hub just showed (a new token, a consumer secret).</summary>
    public static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text) secure.AppendChar(c);
        secure.MakeReadOnly();
        return secure;
    }
}
