using System.Runtime.InteropServices;
using System.Security;

namespace KipuHub.PowerShell.Connection;

/// <summary>The text of a SecureString, for the one moment a token or secret must go on the wire.</summary>
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
}
