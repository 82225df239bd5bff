using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The data_pools namespace: pools of files that services read, and their files.</summary>
public sealed class DataPoolsClient : PlatformCaller
{
    internal DataPoolsClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    /// <summary>Every pool visible in the context. The current API answers a list; a page wrapper (2024 API) is read too.</summary>
    public Task<IReadOnlyList<DataPool>> GetDataPoolsAsync(CancellationToken cancellationToken = default) =>
        ReadListAsync<DataPool>(Scoped(R.GetDataPools), "content", cancellationToken);

    public Task<DataPool> GetDataPoolAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<DataPool>(Scoped(R.GetDataPool, id), cancellationToken);

    public Task<DataPool> CreateDataPoolAsync(string name, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new ArgumentException("A data pool needs a name.", nameof(name))
            : ReadRequiredAsync<DataPool>(WithBody(Scoped(R.CreateDataPool), new CreateDataPoolRequest { Name = name }), cancellationToken);

    public Task<DataPool> UpdateDataPoolAsync(string id, UpdateDataPoolRequest update, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<DataPool>(WithBody(Scoped(R.UpdateDataPool, id), update ?? throw new ArgumentNullException(nameof(update))),
            cancellationToken);

    public Task DeleteDataPoolAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteDataPool, id), cancellationToken);

    public async Task<IReadOnlyList<DataPoolFile>> GetDataPoolFilesAsync(string id, CancellationToken cancellationToken = default) =>
        Filled(await ReadAsync<List<DataPoolFile>>(Scoped(R.GetDataPoolFiles, id), cancellationToken).ConfigureAwait(false) ??
            new List<DataPoolFile>(), f => f.DataPoolId ??= id);

    /// <summary>
    /// Uploads a file (multipart, part "file"), streamed from the opener; it is opened again for a retry. Its name goes
    /// in the filename query parameter too, as the SDK sends it.
    /// </summary>
    public async Task<DataPoolFile> AddDataPoolFileAsync(string id, Func<Stream> content, string fileName, string contentType,
        CancellationToken cancellationToken = default)
    {
        var request = Scoped(R.AddDataPoolFile, id).WithQuery("filename", fileName);
        request.File = new FileUpload("file", content ?? throw new ArgumentNullException(nameof(content)), fileName, contentType);
        var file = await ReadRequiredAsync<DataPoolFile>(request, cancellationToken).ConfigureAwait(false);
        file.DataPoolId ??= id;
        return file;
    }

    /// <summary>A file's content as an unbuffered stream; dispose the response when done.</summary>
    public Task<HubStreamResponse> GetDataPoolFileAsync(string id, string fileId, CancellationToken cancellationToken = default) =>
        StreamAsync(Scoped(R.GetDataPoolFile, id, fileId), cancellationToken);

    public Task DeleteDataPoolFileAsync(string id, string fileId, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteDataPoolFile, id, fileId), cancellationToken);
}
