using KipuHub.Client.Credentials;

namespace KipuHub.Tests.Unit.Client.Credentials;

/// <summary>Every secret that comes in is read one way: trimmed, one line of printable ASCII, refused naming its source only.</summary>
public sealed class CredentialTextTests
{
    const string Source = "environment variable KQH_PERSONAL_ACCESS_TOKEN";

    [Fact]
    public void Surrounding_whitespace_is_dropped_as_a_file_read_whole_ends_in_a_line_break()
    {
        Assert.Equal("abc~def", CredentialText.Normalize(" \tabc~def\r\n", "token", Source));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n")]
    public void An_empty_secret_is_refused_naming_what_and_where(string? value)
    {
        var error = Assert.Throws<InvalidCredentialException>(() => CredentialText.Normalize(value, "consumer secret", Source));
        Assert.Equal($"The consumer secret from {Source} is empty.", error.Message);
        Assert.Equal(Source, error.CredentialSource);
    }

    [Theory]
    [InlineData("abc\tdef-secret")]
    [InlineData("abc\ndef-secret")]
    [InlineData("abc\u007fdef-secret")]
    public void A_control_character_inside_is_refused_without_showing_the_value(string value)
    {
        var error = Assert.Throws<InvalidCredentialException>(() => CredentialText.Normalize(value, "token", Source));
        Assert.Equal($"The token from {Source} holds a control character (a line break or tab inside it?): it is not sent. Check what " +
            "was pasted or read into it.", error.Message);
        Assert.DoesNotContain("def-secret", error.Message);
        Assert.Equal(Source, error.CredentialSource);
    }

    [Theory]
    [InlineData("abc\u00a0def-secret")]
    [InlineData("abcédef-secret")]
    public void A_character_outside_ascii_is_refused_without_showing_the_value(string value)
    {
        var error = Assert.Throws<InvalidCredentialException>(() => CredentialText.Normalize(value, "token", Source));
        Assert.Equal($"The token from {Source} holds a character outside ASCII, which no Hub token has: it is not sent. Check what was " +
            "pasted or read into it.", error.Message);
        Assert.DoesNotContain("def-secret", error.Message);
    }
}
