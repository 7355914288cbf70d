using NationalRecognition.Importer;
using static NationalRecognition.Tools.Tests.Importer.FeedFiles;

namespace NationalRecognition.Tools.Tests.Importer;

public sealed class NdjsonSourceTests
{
    private static List<SourceRecord> Read(string text) => NdjsonSource.Read(Utf8(text)).ToList();

    [Fact]
    public void Each_line_is_one_record_numbered_by_its_line()
    {
        var records = Read($"{NdjsonLine("N-1")}\n{NdjsonLine("N-2")}\n");

        Assert.Equal([(1L, "N-1"), (2L, "N-2")], records.Select(r => (r.Line, r.Record!.Number)));
        Assert.Equal(96m, records[0].Record!.Hours);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_later_lines_keep_their_numbers()
    {
        var records = Read($"\n{NdjsonLine("N-1")}\r\n  \t\r\n\n{NdjsonLine("N-2")}");

        Assert.Equal([2L, 5L], records.Select(r => r.Line));
    }

    [Fact]
    public void Broken_JSON_is_a_rejected_record_naming_its_line_and_the_rest_is_read()
    {
        var records = Read($"{NdjsonLine("N-1")}\n{{\"number\":\"N-2\",\"grade\n{NdjsonLine("N-3")}\n");

        Assert.Equal((2L, "line"), (records[1].Line, records[1].Problem!.Field));
        Assert.Contains("broken JSON", records[1].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal(["N-1", "N-3"], records.Where(r => r.Record is not null).Select(r => r.Record!.Number));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_a_rejected_record_naming_the_field()
    {
        var records = Read($"{NdjsonLine("N-1").Replace("\"hours\":96", "\"hours\":[96]", StringComparison.Ordinal)}\n{NdjsonLine("N-2")}\n");

        Assert.Equal((1L, "hours"), (records[0].Line, records[0].Problem!.Field));
        Assert.Equal("N-2", records[1].Record!.Number);
    }

    [Fact]
    public void A_number_written_as_text_is_read()
    {
        var record = Assert.Single(Read(NdjsonLine("N-1").Replace("\"hours\":96", "\"hours\":\"96.5\"", StringComparison.Ordinal)));

        Assert.Equal(96.5m, record.Record!.Hours);
    }

    [Fact]
    public void A_line_that_is_not_an_object_is_a_rejected_record()
    {
        var records = Read($"[1,2]\n{NdjsonLine("N-2")}\n");

        Assert.Equal((1L, "line"), (records[0].Line, records[0].Problem!.Field));
        Assert.Equal("N-2", records[1].Record!.Number);
    }

    [Fact]
    public void A_line_that_is_not_UTF8_is_a_rejected_record_and_the_rest_is_read()
    {
        var file = Bytes(System.Text.Encoding.UTF8.GetBytes(NdjsonLine("N-1") + "\n{\"courseName\":\""), [0xCA, 0xF3, 0xF0, 0xF1],
            System.Text.Encoding.UTF8.GetBytes("\"}\n" + NdjsonLine("N-3") + "\n"));

        var records = NdjsonSource.Read(file).ToList();

        Assert.Equal((2L, "line"), (records[1].Line, records[1].Problem!.Field));
        Assert.Contains("UTF-8", records[1].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal("N-3", records[2].Record!.Number);
    }

    [Fact]
    public void A_byte_order_mark_before_the_first_line_is_ignored()
    {
        var record = Assert.Single(Read("\uFEFF" + NdjsonLine("N-1")));

        Assert.Equal("N-1", record.Record!.Number);
    }

    // Missing grade and a bad IIN are well-formed records: the record rules (offline in a dry run, or the platform) name the field.
    [Fact]
    public void A_record_without_a_grade_is_read_so_that_the_rules_can_name_the_field()
    {
        var record = Assert.Single(Read(NdjsonLine("N-1").Replace(",\"grade\":\"85%\"", string.Empty, StringComparison.Ordinal)));

        Assert.Null(record.Problem);
        Assert.Null(record.Record!.Grade);
    }
}
