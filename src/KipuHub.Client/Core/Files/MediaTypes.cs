namespace KipuHub.Client.Core.Files;

/// <summary>The media type an upload is sent with, by the file's extension; octet-stream when unknown (the server judges).</summary>
public static class MediaTypes
{
    static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".json"] = "application/json",
        [".zip"] = "application/zip",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".pdf"] = "application/pdf",
        [".qasm"] = "text/plain",
        [".py"] = "text/x-python",
    };

    public static string OfFile(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var type) ? type : "application/octet-stream";
}
