using System.Security.Cryptography;
using System.Text;

namespace KipuHub.Emulator.Persistence;

/// <summary>
/// The key a token is kept under: its SHA-256, so that the state (a file, with --data) holds no token that works. A
/// token presented is hashed the same way to be looked up.
/// </summary>
public static class SecretKey
{
    public static string Of(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
