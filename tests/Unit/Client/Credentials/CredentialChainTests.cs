using KipuHub.Client.Credentials;

namespace KipuHub.Tests.Unit.Client.Credentials;

/// <summary>The SDK's credential helpers: order, legacy names, config file paths, malformed files; all in temporary folders.</summary>
public sealed class CredentialChainTests : IDisposable
{
    readonly string home = Directory.CreateTempSubdirectory("kqh-home-").FullName;
    readonly string appData;
    readonly Dictionary<string, string> variables = new();

    public CredentialChainTests()
    {
        appData = Path.Combine(home, "AppData", "Local");
    }

    public void Dispose() => Directory.Delete(home, recursive: true);

    CredentialEnvironment Env(bool windows = false) => new(n => variables.TryGetValue(n, out var v) ? v : null, home, appData, windows);

    string WriteConfig(string relative, string json)
    {
        var path = Path.Combine(home, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    [Theory]
    [InlineData("KQH_SERVICE_EXECUTION_TOKEN")]
    [InlineData("KQH_PERSONAL_ACCESS_TOKEN")]
    [InlineData("PLANQK_SERVICE_EXECUTION_TOKEN")]
    [InlineData("SERVICE_EXECUTION_TOKEN")]
    [InlineData("PLANQK_PERSONAL_ACCESS_TOKEN")]
    public void Each_token_variable_is_read(string name)
    {
        variables[name] = "tok-" + name;
        var credential = new EnvironmentCredential(Env()).GetCredential();
        Assert.Equal("tok-" + name, credential.Token);
        Assert.Equal("environment variable " + name, credential.Source);
    }

    [Fact]
    public void Variables_are_read_in_the_documented_order()
    {
        foreach (var name in EnvironmentCredential.Variables.Reverse()) variables[name] = "tok-" + name;
        Assert.Equal("tok-KQH_SERVICE_EXECUTION_TOKEN", new EnvironmentCredential(Env()).GetCredential().Token);
        variables.Remove("KQH_SERVICE_EXECUTION_TOKEN");
        Assert.Equal("tok-KQH_PERSONAL_ACCESS_TOKEN", new EnvironmentCredential(Env()).GetCredential().Token);
        variables.Remove("KQH_PERSONAL_ACCESS_TOKEN");
        Assert.Equal("tok-PLANQK_SERVICE_EXECUTION_TOKEN", new EnvironmentCredential(Env()).GetCredential().Token);
        variables.Remove("PLANQK_SERVICE_EXECUTION_TOKEN");
        Assert.Equal("tok-SERVICE_EXECUTION_TOKEN", new EnvironmentCredential(Env()).GetCredential().Token);
    }

    [Fact]
    public void Blank_variables_are_skipped()
    {
        variables["KQH_SERVICE_EXECUTION_TOKEN"] = "  ";
        variables["KQH_PERSONAL_ACCESS_TOKEN"] = "pat";
        Assert.Equal("pat", new EnvironmentCredential(Env()).GetCredential().Token);
    }

    [Fact]
    public void Config_file_is_found_in_the_qhubctl_folder()
    {
        var path = WriteConfig(".config/qhubctl/config.json", """{"auth":{"type":"pat","value":"from-file"}}""");
        var credential = new ConfigFileCredential(Env()).GetCredential();
        Assert.Equal("from-file", credential.Token);
        Assert.Equal("config file " + path, credential.Source);
    }

    [Fact]
    public void Config_file_variables_win_over_the_default_folders_in_order()
    {
        WriteConfig(".config/qhubctl/config.json", """{"auth":{"value":"default"}}""");
        var planqk = WriteConfig("elsewhere/planqk.json", """{"auth":{"value":"planqk-var"}}""");
        variables["PLANQK_CONFIG_FILE_PATH"] = planqk;
        Assert.Equal("planqk-var", new ConfigFileCredential(Env()).GetCredential().Token);
        variables["KQH_CONFIG_FILE_PATH"] = WriteConfig("elsewhere/kqh.json", """{"auth":{"value":"kqh-var"}}""");
        Assert.Equal("kqh-var", new ConfigFileCredential(Env()).GetCredential().Token);
    }

    [Fact]
    public void Legacy_planqk_folder_is_the_last_resort()
    {
        WriteConfig(".config/planqk/config.json", """{"auth":{"value":"legacy"}}""");
        Assert.Equal("legacy", new ConfigFileCredential(Env()).GetCredential().Token);
        WriteConfig(".config/qhubctl/config.json", """{"auth":{"value":"current"}}""");
        Assert.Equal("current", new ConfigFileCredential(Env()).GetCredential().Token);
    }

    [Fact]
    public void On_windows_the_local_app_data_folder_is_used()
    {
        var path = WriteConfig("AppData/Local/qhubctl/config.json", """{"auth":{"value":"windows"}}""");
        Assert.Equal("windows", new ConfigFileCredential(Env(windows: true)).GetCredential().Token);
        Assert.Contains(path, QhubctlConfig.CandidatePaths(Env(windows: true)));
        Assert.DoesNotContain(path, QhubctlConfig.CandidatePaths(Env(windows: false)));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    public void A_malformed_config_file_is_a_clear_error_naming_it(string content)
    {
        var path = WriteConfig(".config/qhubctl/config.json", content);
        var error = Assert.Throws<CredentialUnavailableException>(() => new ConfigFileCredential(Env()).GetCredential());
        Assert.Contains(path, error.Message);
        var chainError = Assert.Throws<CredentialUnavailableException>(() => new DefaultCredentialsProvider(null, Env()).GetCredential());
        Assert.Contains(path, chainError.Message);
    }

    [Fact]
    public void A_config_file_without_a_token_says_so()
    {
        WriteConfig(".config/qhubctl/config.json", """{"auth":{}}""");
        var error = Assert.Throws<CredentialUnavailableException>(() => new ConfigFileCredential(Env()).GetCredential());
        Assert.Contains("auth.value", error.Message);
    }

    [Fact]
    public void The_default_chain_prefers_the_given_token_then_the_environment_then_the_file()
    {
        WriteConfig(".config/qhubctl/config.json", """{"auth":{"value":"file"}}""");
        Assert.Equal("file", new DefaultCredentialsProvider(null, Env()).GetCredential().Token);
        variables["KQH_PERSONAL_ACCESS_TOKEN"] = "env";
        Assert.Equal("env", new DefaultCredentialsProvider(null, Env()).GetCredential().Token);
        var given = new DefaultCredentialsProvider("given", Env()).GetCredential();
        Assert.Equal("given", given.Token);
        Assert.Equal("parameter", given.Source);
    }

    [Fact]
    public void When_nothing_is_found_the_error_lists_every_place_looked_at()
    {
        var error = Assert.Throws<CredentialUnavailableException>(() => new DefaultCredentialsProvider(null, Env()).GetCredential());
        Assert.Contains("KQH_PERSONAL_ACCESS_TOKEN", error.Message);
        Assert.Contains("PLANQK_PERSONAL_ACCESS_TOKEN", error.Message);
        Assert.Contains(Path.Combine(home, ".config", "qhubctl", "config.json"), error.Message);
        Assert.Contains(Path.Combine(home, ".config", "planqk", "config.json"), error.Message);
        Assert.Contains("environment variable SERVICE_EXECUTION_TOKEN", error.Searched);
        Assert.StartsWith("No Kipu Quantum Hub token found. Pass one (Connect-QHub -Token), set KQH_PERSONAL_ACCESS_TOKEN, or log in " +
            "with qhubctl. Looked in: parameter; environment variable KQH_SERVICE_EXECUTION_TOKEN; ", error.Message);
        Assert.EndsWith("config.json.", error.Message);
    }

    [Fact]
    public void Organization_comes_from_variables_then_the_config_context()
    {
        Assert.Null(OrganizationResolver.Resolve(Env()));
        WriteConfig(".config/qhubctl/config.json", """{"auth":{"value":"t"},"context":{"id":"org-file","displayName":"Ops","isOrganization":true}}""");
        Assert.Equal("org-file", OrganizationResolver.Resolve(Env())!.Value.Id);
        variables["PLANQK_ORGANIZATION_ID"] = "org-legacy";
        Assert.Equal("org-legacy", OrganizationResolver.Resolve(Env())!.Value.Id);
        variables["KQH_ORGANIZATION_ID"] = "org-kqh";
        var resolved = OrganizationResolver.Resolve(Env())!.Value;
        Assert.Equal("org-kqh", resolved.Id);
        Assert.Equal("environment variable KQH_ORGANIZATION_ID", resolved.Source);
    }

    [Fact]
    public void A_personal_context_in_the_config_file_means_no_organization()
    {
        WriteConfig(".config/qhubctl/config.json", """{"auth":{"value":"t"},"context":{"id":"user-1","isOrganization":false}}""");
        Assert.Null(OrganizationResolver.Resolve(Env()));
    }
}
