using System.Runtime.InteropServices;
using System.Text;

namespace KipuHub.PowerShell.Connection;

/// <summary>
/// Protects a saved token: DPAPI (current user) on Windows; elsewhere the file itself is owner-only (0600),
/// as the qhubctl CLI keeps its own config file.
/// </summary>
internal static class TokenProtection
{
    public const string Dpapi = "dpapi";
    public const string FilePermissions = "file-permissions";

    public static bool IsWindows => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    public static (string Protection, string Value) Protect(string token) =>
        IsWindows
            ? (Dpapi, Convert.ToBase64String(Dpapi32.Protect(Encoding.UTF8.GetBytes(token))))
            : (FilePermissions, token);

    public static string Unprotect(string protection, string value) => protection switch
    {
        Dpapi when IsWindows => Encoding.UTF8.GetString(Dpapi32.Unprotect(Convert.FromBase64String(value))),
        FilePermissions => value,
        _ => throw new InvalidDataException($"The saved token is protected with '{protection}', which this machine cannot read."),
    };

    static class Dpapi32
    {
        [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
        struct DataBlob
        {
            public int Size;
            public IntPtr Data;
        }

        [DllImport("crypt32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
        static extern bool CryptProtectData(ref DataBlob input, string? description, IntPtr entropy, IntPtr reserved, IntPtr prompt,
            int flags, ref DataBlob output);

        [DllImport("crypt32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
        static extern bool CryptUnprotectData(ref DataBlob input, IntPtr description, IntPtr entropy, IntPtr reserved, IntPtr prompt,
            int flags, ref DataBlob output);

        [DllImport("kernel32.dll")]
        static extern IntPtr LocalFree(IntPtr memory);

        const int UiForbidden = 0x1;

        public static byte[] Protect(byte[] data) => Transform(data, protect: true);

        public static byte[] Unprotect(byte[] data) => Transform(data, protect: false);

        static byte[] Transform(byte[] data, bool protect)
        {
            var input = new DataBlob { Size = data.Length, Data = Marshal.AllocHGlobal(data.Length) };
            var output = new DataBlob();
            try
            {
                Marshal.Copy(data, 0, input.Data, data.Length);
                var ok = protect
                    ? CryptProtectData(ref input, "KipuHub", IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, UiForbidden, ref output)
                    : CryptUnprotectData(ref input, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, UiForbidden, ref output);
                if (!ok) throw new InvalidDataException($"DPAPI could not {(protect ? "protect" : "read")} the saved token (error " +
                    $"{Marshal.GetLastWin32Error()}).");
                var result = new byte[output.Size];
                Marshal.Copy(output.Data, result, 0, output.Size);
                return result;
            }
            finally
            {
                Marshal.FreeHGlobal(input.Data);
                if (output.Data != IntPtr.Zero) LocalFree(output.Data);
            }
        }
    }
}
