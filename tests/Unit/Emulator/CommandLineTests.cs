using KipuHub.Emulator;

namespace KipuHub.Tests.Unit.Emulator;

public sealed class CommandLineTests
{
    [Fact]
    public void Options_are_read_from_the_command_line()
    {
        var options = new EmulatorOptions();
        CommandLine.Apply(new[] { "--urls", "http://127.0.0.1:6000", "--data", "s.json", "--seed", "42", "--job-running-ms", "5", "--token", "extra-token" }, options);
        Assert.Equal("http://127.0.0.1:6000", options.Urls);
        Assert.Equal("s.json", options.DataFile);
        Assert.Equal(42, options.RandomSeed);
        Assert.Equal(TimeSpan.FromMilliseconds(5), options.JobRunningDuration);
        Assert.True(options.Tokens.ContainsKey("extra-token"));
        Assert.True(options.Tokens.ContainsKey(EmulatorOptions.DevToken));
    }

    [Theory]
    [InlineData("1073741824", 1L << 30)]
    [InlineData("4GiB", 4L << 30)]
    [InlineData("512mib", 512L << 20)]
    [InlineData("1.5 GB", 3L << 29)]
    [InlineData("700B", 700L)]
    public void The_upload_limit_is_bytes_or_a_size_with_its_unit(string given, long bytes)
    {
        var options = new EmulatorOptions();
        Assert.Equal(4L << 30, options.MaxUploadBytes);
        CommandLine.Apply(new[] { "--max-upload", given }, options);
        Assert.Equal(bytes, options.MaxUploadBytes);
        Assert.Equal(bytes, KipuHub.Emulator.Infrastructure.ByteSize.Parse(KipuHub.Emulator.Infrastructure.ByteSize.Text(bytes)));
    }

    [Fact]
    public void A_second_user_signs_in_with_a_token_of_their_own()
    {
        var options = new EmulatorOptions();
        CommandLine.Apply(new[] { "--user", "second-token=ada@example.org" }, options);
        Assert.Equal(new EmulatorUser("user-ada", "ada@example.org", "ada"), options.Tokens["second-token"]);
        Assert.NotEqual(options.Tokens[EmulatorOptions.DevToken].Id, options.Tokens["second-token"].Id);
    }

    [Fact]
    public void Tokens_may_come_from_the_environment_or_a_file_so_that_none_shows_in_the_process_list()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, new[] { "file-token-one", "", "  file-token-two  " });
            Environment.SetEnvironmentVariable("KQH_TEST_CONTROL_TOKEN", "control-from-env");
            var options = new EmulatorOptions();
            CommandLine.Apply(new[] { "--token", "@" + file, "--control-token", "env:KQH_TEST_CONTROL_TOKEN" }, options);

            Assert.True(options.Tokens.ContainsKey("file-token-one"));
            Assert.True(options.Tokens.ContainsKey("file-token-two"));
            Assert.Equal("control-from-env", options.ControlToken);
            Assert.Contains("KQH_TEST_UNSET",
                Assert.Throws<ArgumentException>(() => CommandLine.Apply(new[] { "--token", "env:KQH_TEST_UNSET" }, options)).Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("KQH_TEST_CONTROL_TOKEN", null);
            File.Delete(file);
        }
    }

    [Fact]
    public void A_malformed_user_is_refused_without_showing_its_token()
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Apply(new[] { "--user", "kqh-secret-token-value" }, new EmulatorOptions()));
        Assert.DoesNotContain("kqh-secret-token-value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--user", "no-email")]
    [InlineData("--user", "=ada@example.org")]
    [InlineData("--user", "token=not-an-address")]
    [InlineData("--nope")]
    [InlineData("--seed")]
    [InlineData("--seed", "x")]
    [InlineData("--max-upload", "lots")]
    [InlineData("--max-upload", "-1GiB")]
    [InlineData("--max-upload", "0")]
    public void Bad_arguments_are_clear_errors(params string[] args)
    {
        Assert.Throws<ArgumentException>(() => CommandLine.Apply(args, new EmulatorOptions()));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.10:5080")]
    public async Task The_emulator_binds_to_loopback_only_unless_told_otherwise(string url)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => EmulatorHost.StartAsync(new EmulatorOptions { Urls = url }));
        Assert.Contains("--allow-remote", error.Message);
    }
}
