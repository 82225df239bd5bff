using System.Management.Automation;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Cmdlets;

/// <summary>
/// The Save cmdlets against a Hub that names its jobs and files to get out of the folder (the class of GitHub CLI's
/// CVE-2024-54132): nothing is written outside the folder, each refused name is an error of its own naming it, and the
/// safe names beside it are saved.
/// </summary>
public sealed class ServerChosenFileNameTests : IAsyncLifetime
{
    static readonly string[] Hostile = { "../../escaped", "/tmp/kqh-rooted", "..\\windows", "C:\\drive", "\\\\server\\share", "CON", "a:b", " ", ".bashrc" };

    readonly string root = Directory.CreateTempSubdirectory("kqh-names-").FullName;
    HostileHub hub = null!;
    HostedShell shell = null!;

    string Folder => Path.Combine(root, "a", "b", "out");

    public async Task InitializeAsync()
    {
        hub = await HostileHub.StartAsync();
        shell = HostedShell.WithModule();
        Directory.CreateDirectory(Folder);
        shell.Run("param($e) Connect-QHub -Endpoint $e -SkipValidation -Token (ConvertTo-SecureString 'hostile-test-token-1' -AsPlainText -Force)",
            hub.Endpoint);
    }

    public async Task DisposeAsync()
    {
        shell.Run("Disconnect-QHub");
        shell.Dispose();
        await hub.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Saving_every_listed_job_result_into_a_folder_writes_only_the_safe_ids_there_and_an_error_per_hostile_id()
    {
        hub.JobIds = Hostile.Append("good-job").ToArray();

        shell.Invoke("param($p) Get-QHubJob -All | Save-QHubJobResult -Path $p", Folder);

        Assert.Equal(new[] { Path.Combine(Folder, "good-job.json") }, Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        Assert.Equal(HostileHub.ResultOf("good-job"), File.ReadAllText(Path.Combine(Folder, "good-job.json")));
        Assert.False(File.Exists("/tmp/kqh-rooted.json"));
        var refused = shell.Errors.Where(e => e.FullyQualifiedErrorId.StartsWith("UnsafeFileName,", StringComparison.Ordinal)).ToList();
        Assert.Equal(Hostile.Length, refused.Count);
        Assert.Equal(Hostile.Length, shell.Errors.Count);
        foreach (var (id, error) in Hostile.Zip(refused))
        {
            Assert.Equal(id, error.TargetObject);
            Assert.Contains($"job id '{id}'", error.ErrorDetails.Message, StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        }
        Assert.DoesNotContain(hub.Requests, r => r.RawTarget.Contains("escaped/result", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hostile_id_given_alone_with_a_folder_stops_with_the_error_and_writes_nothing()
    {
        hub.JobIds = new[] { "../escaped" };

        shell.Invoke("param($p) Save-QHubJobResult -Id '../escaped' -Path $p", Folder);

        Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        var error = Assert.Single(shell.Errors);
        Assert.StartsWith("UnsafeFileName,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("give -Path the name of a file", error.ErrorDetails.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_all_result_files_of_an_execution_goes_on_past_each_refused_name()
    {
        hub.ResultFileNames = Hostile.Append("counts.json").ToArray();
        shell.Run("param($e) Connect-QHubService -Uri $e -Token (ConvertTo-SecureString 'hostile-test-token-1' -AsPlainText -Force)",
            hub.Endpoint + HostileHub.ServicePath);

        shell.Invoke("param($p) Save-QHubServiceExecutionResultFile -Id exec-1 -All -Path $p -PassThru", Folder);

        Assert.Equal(new[] { Path.Combine(Folder, "counts.json") }, Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        Assert.Equal("counts.json", File.ReadAllText(Path.Combine(Folder, "counts.json")));
        Assert.Equal(Hostile.Length, shell.Errors.Count);
        Assert.All(shell.Errors, e => Assert.StartsWith("UnsafeFileName,", e.FullyQualifiedErrorId, StringComparison.Ordinal));
        foreach (var (name, error) in Hostile.Zip(shell.Errors))
            Assert.Contains($"result file name '{name}'", error.ErrorDetails.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_pool_file_whose_name_is_a_device_is_refused_and_saved_under_a_name_given_with_Name()
    {
        hub.Override = request => request.RawTarget switch
        {
            var t when t.StartsWith("/qc-catalog/datapools/pool-1/files/file-1", StringComparison.Ordinal) =>
                new Reply(Bytes: "pool bytes"u8.ToArray()),
            var t when t.StartsWith("/qc-catalog/datapools/pool-1/files", StringComparison.Ordinal) =>
                Reply.Ok("""[{"id":"file-1","name":"NUL.txt"}]"""),
            _ => null,
        };

        shell.Invoke("param($p) Save-QHubDataPoolFile -DataPoolId pool-1 -Id file-1 -Path $p", Folder);
        Assert.StartsWith("UnsafeFileName,", Assert.Single(shell.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("give -Name a file name", shell.Errors[0].ErrorDetails.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));

        shell.Run("param($p) Save-QHubDataPoolFile -DataPoolId pool-1 -Id file-1 -Path $p -Name pool.txt", Folder);
        Assert.Equal("pool bytes", File.ReadAllText(Path.Combine(Folder, "pool.txt")));
    }
}
