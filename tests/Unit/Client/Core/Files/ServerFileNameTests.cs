using KipuHub.Client.Core.Files;

namespace KipuHub.Tests.Unit.Client.Core.Files;

public sealed class ServerFileNameTests
{
    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("/abs/path")]
    [InlineData("..\\x")]
    [InlineData("C:\\x")]
    [InlineData("C:x")]
    [InlineData("\\\\server\\share")]
    [InlineData("a:b")]
    [InlineData("CON")]
    [InlineData("con.txt")]
    [InlineData("LPT1.json")]
    [InlineData("NUL .txt")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".env")]
    [InlineData("name.")]
    [InlineData("name ")]
    [InlineData("a\nb")]
    [InlineData("a\u001b[31mb")]
    [InlineData("a*b")]
    [InlineData("a?b")]
    [InlineData("a|b")]
    public void Refuses_names_that_leave_the_folder_or_are_not_portable(string name) => Assert.NotNull(ServerFileName.Problem(name));

    [Theory]
    [InlineData("result.json")]
    [InlineData("018fdca6-f509-4f0f-b319-5153d71342c5")]
    [InlineData("counts (1).csv")]
    [InlineData("consoles.txt")]
    [InlineData("Ergebnis-ü.txt")]
    [InlineData("a..b")]
    public void Keeps_plain_names(string name) => Assert.Null(ServerFileName.Problem(name));

    [Fact]
    public void A_name_longer_than_255_bytes_is_refused() => Assert.NotNull(ServerFileName.Problem(new string('ü', 128)));

    [Fact]
    public void A_message_shows_control_characters_escaped_never_raw()
    {
        var error = Assert.Throws<UnsafeFileNameException>(() => ServerFileName.PathInFolder(Path.GetTempPath(), "x\u001b]0;pwned\u0007", "job id"));
        Assert.DoesNotContain('\u001b', error.Message);
        Assert.Contains("x\\u001b]0;pwned\\u0007", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_an_error_that_says_how_to_create_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kqh-missing-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<DirectoryNotFoundException>(() => ServerFileName.PathInFolder(folder, "a.json"));
        Assert.Contains("New-Item -ItemType Directory", error.Message, StringComparison.Ordinal);
    }
}
