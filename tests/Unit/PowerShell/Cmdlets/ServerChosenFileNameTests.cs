using System.Management.Automation;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Cmdlets;

/// <summary>
/// The Save cmdlets against a Hub that names its jobs and files to get out of the folder (the class of GitHub CLI's
/// CVE-2024-54132): nothing is written outside the folder, each refused name is an error of its own naming it, and the
/// safe names beside it are saved.
/// </summary>
public sealed class ServerChosenFileNameTests : HostileHubFixture
{
    static readonly string[] Hostile = { "../../escaped", "/tmp/kqh-rooted", "..\\windows", "C:\\drive", "\\\\server\\share", "CON", "a:b", " ", ".bashrc" };

    readonly string root = Directory.CreateTempSubdirectory("kqh-names-").FullName;

    string Folder => Path.Combine(root, "a", "b", "out");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Directory.CreateDirectory(Folder);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Saving_every_listed_job_result_into_a_folder_writes_only_the_safe_ids_there_and_an_error_per_hostile_id()
    {
        Hub.JobIds = Hostile.Append("good-job").ToArray();

        Shell.Invoke("param($p) Get-QHubJob -All | Save-QHubJobResult -Path $p", Folder);

        Assert.Equal(new[] { Path.Combine(Folder, "good-job.json") }, Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        Assert.Equal(HostileHub.ResultOf("good-job"), File.ReadAllText(Path.Combine(Folder, "good-job.json")));
        Assert.False(File.Exists("/tmp/kqh-rooted.json"));
        var refused = Shell.Errors.Where(e => e.FullyQualifiedErrorId.StartsWith("UnsafeFileName,", StringComparison.Ordinal)).ToList();
        Assert.Equal(Hostile.Length, refused.Count);
        Assert.Equal(Hostile.Length, Shell.Errors.Count);
        foreach (var (id, error) in Hostile.Zip(refused))
        {
            Assert.Equal(id, error.TargetObject);
            Assert.Contains($"job id '{id}'", error.ErrorDetails.Message, StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        }
        Assert.DoesNotContain(Hub.Requests, r => r.RawTarget.Contains("escaped/result", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hostile_id_given_alone_with_a_folder_stops_with_the_error_and_writes_nothing()
    {
        Hub.JobIds = new[] { "../escaped" };

        Shell.Invoke("param($p) Save-QHubJobResult -Id '../escaped' -Path $p", Folder);

        Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        var error = Assert.Single(Shell.Errors);
        Assert.StartsWith("UnsafeFileName,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("give -Path the name of a file", error.ErrorDetails.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_all_result_files_of_an_execution_goes_on_past_each_refused_name()
    {
        Hub.ResultFileNames = Hostile.Append("counts.json").ToArray();
        Shell.Run("param($e) Connect-QHubService -Uri $e -Token (ConvertTo-SecureString 'hostile-test-token-1' -AsPlainText -Force)",
            Hub.Endpoint + HostileHub.ServicePath);

        Shell.Invoke("param($p) Save-QHubServiceExecutionResultFile -Id exec-1 -All -Path $p -PassThru", Folder);

        Assert.Equal(new[] { Path.Combine(Folder, "counts.json") }, Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        Assert.Equal("counts.json", File.ReadAllText(Path.Combine(Folder, "counts.json")));
        Assert.Equal(Hostile.Length, Shell.Errors.Count);
        Assert.All(Shell.Errors, e => Assert.StartsWith("UnsafeFileName,", e.FullyQualifiedErrorId, StringComparison.Ordinal));
        foreach (var (name, error) in Hostile.Zip(Shell.Errors))
            Assert.Contains($"result file name '{name}'", error.ErrorDetails.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_pool_file_whose_name_is_a_device_is_refused_and_saved_under_a_name_given_with_Name()
    {
        Hub.Override = request => request.RawTarget switch
        {
            var t when t.StartsWith("/qc-catalog/datapools/pool-1/files/file-1", StringComparison.Ordinal) =>
                new Reply(Bytes: "pool bytes"u8.ToArray()),
            var t when t.StartsWith("/qc-catalog/datapools/pool-1/files", StringComparison.Ordinal) =>
                Reply.Ok("""[{"id":"file-1","name":"NUL.txt"}]"""),
            _ => null,
        };

        Shell.Invoke("param($p) Save-QHubDataPoolFile -DataPoolId pool-1 -Id file-1 -Path $p", Folder);
        Assert.StartsWith("UnsafeFileName,", Assert.Single(Shell.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("give -Name a file name", Shell.Errors[0].ErrorDetails.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));

        Shell.Run("param($p) Save-QHubDataPoolFile -DataPoolId pool-1 -Id file-1 -Path $p -Name pool.txt", Folder);
        Assert.Equal("pool bytes", File.ReadAllText(Path.Combine(Folder, "pool.txt")));
    }
}
