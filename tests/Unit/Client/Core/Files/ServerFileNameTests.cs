using KipuHub.Client.Core.Files;

namespace KipuHub.Tests.Unit.Client.Core.Files;

public sealed class ServerFileNameTests
{
    [Theory]
    [InlineData("../x", "a path separator")]
    [InlineData("..", "it names a folder")]
    [InlineData(".", "it names a folder")]
    [InlineData("/abs/path", "a path separator")]
    [InlineData("..\\x", "a path separator")]
    [InlineData("C:\\x", "a path separator")]
    [InlineData("C:x", "a drive or stream colon")]
    [InlineData("\\\\server\\share", "a path separator")]
    [InlineData("a:b", "a drive or stream colon")]
    [InlineData("a*b", "a wildcard")]
    [InlineData("a?b", "a wildcard")]
    [InlineData("a|b", "a wildcard")]
    [InlineData("a\"b", "a wildcard")]
    [InlineData("a<b", "a wildcard")]
    [InlineData("a>b", "a wildcard")]
    [InlineData("CON", "a device name")]
    [InlineData("con.txt", "a device name")]
    [InlineData("LPT1.json", "a device name")]
    [InlineData("NUL .txt", "a device name")]
    [InlineData("", "it is empty")]
    [InlineData("   ", "it is empty")]
    [InlineData(".env", "a hidden file")]
    [InlineData("name.", "ends in a dot or a space")]
    [InlineData("name ", "ends in a dot or a space")]
    [InlineData("a\nb", "control characters")]
    [InlineData("a\u001b[31mb", "control characters")]
    public void Refuses_names_that_leave_the_folder_or_are_not_portable_saying_why(string name, string why) =>
        Assert.Contains(why, ServerFileName.Problem(name));

    [Theory]
    [InlineData("CON")]
    [InlineData("PRN")]
    [InlineData("AUX")]
    [InlineData("NUL")]
    [InlineData("CONIN$")]
    [InlineData("CONOUT$")]
    [InlineData("COM0")]
    [InlineData("COM1")]
    [InlineData("COM2")]
    [InlineData("COM3")]
    [InlineData("COM4")]
    [InlineData("COM5")]
    [InlineData("COM6")]
    [InlineData("COM7")]
    [InlineData("COM8")]
    [InlineData("COM9")]
    [InlineData("LPT0")]
    [InlineData("LPT1")]
    [InlineData("LPT2")]
    [InlineData("LPT3")]
    [InlineData("LPT4")]
    [InlineData("LPT5")]
    [InlineData("LPT6")]
    [InlineData("LPT7")]
    [InlineData("LPT8")]
    [InlineData("lpt9.csv")]
    public void Every_windows_device_name_is_refused_with_or_without_an_extension(string name) =>
        Assert.Equal("it is a device name on Windows", ServerFileName.Problem(name));

    [Theory]
    [InlineData("result.json")]
    [InlineData("018fdca6-f509-4f0f-b319-5153d71342c5")]
    [InlineData("counts (1).csv")]
    [InlineData("consoles.txt")]
    [InlineData("Ergebnis-ü.txt")]
    [InlineData("a..b")]
    public void Keeps_plain_names(string name) => Assert.Null(ServerFileName.Problem(name));

    [Fact]
    public void A_name_of_up_to_255_bytes_is_kept_and_a_longer_one_refused()
    {
        Assert.Null(ServerFileName.Problem(new string('a', 255)));
        Assert.Equal("it is longer than 255 bytes", ServerFileName.Problem(new string('ü', 128)));
    }

    [Fact]
    public void A_kept_name_goes_in_the_folder_with_its_extension()
    {
        var folder = Path.GetTempPath();
        Assert.Equal(Path.Combine(folder, "job-1.json"), ServerFileName.PathInFolder(folder, "job-1", "job id", ".json"));
    }

    [Fact]
    public void A_refused_name_is_named_in_the_error_with_what_it_is_and_why()
    {
        var error = Assert.Throws<UnsafeFileNameException>(() => ServerFileName.PathInFolder(Path.GetTempPath(), "../x", "job id"));
        Assert.Equal("The job id '../x' is not saved as a file: it holds a path separator, a drive or stream colon, or a wildcard. " +
            "Nothing was written for it.", error.Message);
        Assert.Equal("../x", error.Name);
    }

    [Fact]
    public void A_message_shows_at_most_a_hundred_characters_of_a_name()
    {
        Assert.Equal(new string('a', 100) + "…", ServerFileName.Printable(new string('a', 300)));
        Assert.Equal(new string('a', 100), ServerFileName.Printable(new string('a', 100)));
        Assert.Equal("", ServerFileName.Printable(null));
    }

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
        Assert.Equal($"The folder '{folder}' does not exist. Create it first (New-Item -ItemType Directory -Path '{folder}').", error.Message);
    }
}
