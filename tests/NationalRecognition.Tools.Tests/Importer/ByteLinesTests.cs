using System.Text;
using NationalRecognition.Importer;

namespace NationalRecognition.Tools.Tests.Importer;

public sealed class ByteLinesTests
{
    private static List<(long Number, string Text)> Lines(byte[] bytes) =>
        ByteLines.Read(new MemoryStream(bytes)).Select(l => (l.Number, Encoding.UTF8.GetString(l.Bytes))).ToList();

    [Fact]
    public void Lines_ending_in_LF_are_numbered_from_one_without_their_break()
    {
        Assert.Equal([(1L, "a"), (2L, "b")], Lines("a\nb\n"u8.ToArray()));
    }

    [Fact]
    public void Lines_ending_in_CRLF_lose_the_CR_too()
    {
        Assert.Equal([(1L, "a"), (2L, "b")], Lines("a\r\nb\r\n"u8.ToArray()));
    }

    [Fact]
    public void A_last_line_without_a_line_break_is_still_read()
    {
        Assert.Equal([(1L, "a"), (2L, "b")], Lines("a\nb"u8.ToArray()));
    }

    [Fact]
    public void Blank_lines_keep_their_numbers_so_later_lines_are_numbered_as_an_editor_shows_them()
    {
        Assert.Equal([(1L, "a"), (2L, ""), (3L, "b")], Lines("a\n\r\nb\n"u8.ToArray()));
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_one_line()
    {
        var longLine = new string('x', 200_000);

        var lines = Lines(Encoding.UTF8.GetBytes(longLine + "\nshort\n"));

        Assert.Equal([(1L, longLine), (2L, "short")], lines);
    }

    [Fact]
    public void A_CR_inside_a_line_is_kept()
    {
        Assert.Equal([(1L, "a\rb")], Lines("a\rb\n"u8.ToArray()));
    }

    [Fact]
    public void An_empty_file_has_no_lines()
    {
        Assert.Empty(Lines([]));
    }
}
