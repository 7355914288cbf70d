using NationalRecognition.Importer;
using static NationalRecognition.Tools.Tests.Importer.FeedFiles;

namespace NationalRecognition.Tools.Tests.Importer;

public sealed class CsvSourceTests
{
    private static List<SourceRecord> Read(string text) => CsvSource.Read(Utf8(text)).ToList();

    [Fact]
    public void A_quoted_field_may_hold_commas()
    {
        var record = Assert.Single(Read($"{CsvHeader}\nN-1,{Iin},\"Bekov, Yerlan\",2519-0-01,\"Testing, level 1\",96,,85%,2025-03-14,Centre\n"));

        Assert.Null(record.Problem);
        Assert.Equal(("Bekov, Yerlan", "Testing, level 1", "85%"), (record.Record!.LearnerName, record.Record.CourseName, record.Record.Grade));
    }

    [Fact]
    public void A_doubled_quote_inside_a_quoted_field_is_one_quote()
    {
        var record = Assert.Single(Read($"{CsvHeader}\nN-1,{Iin},,2519-0-01,\"The \"\"Basics\"\" course\",96,,85%,2025-03-14,Centre\n"));

        Assert.Equal("The \"Basics\" course", record.Record!.CourseName);
    }

    [Fact]
    public void A_quoted_field_may_span_lines_and_the_record_keeps_its_first_line()
    {
        var records = Read($"{CsvHeader}\r\nN-1,{Iin},,2519-0-01,\"Testing\r\npart two\",96,,85%,2025-03-14,Centre\r\n{CsvRow("N-2")}\r\n");

        Assert.Equal([2L, 4L], records.Select(r => r.Line));
        Assert.Equal("Testing\npart two", records[0].Record!.CourseName);
        Assert.Equal("N-2", records[1].Record!.Number);
    }

    [Fact]
    public void The_header_may_name_the_fields_in_any_order_and_case()
    {
        var record = Assert.Single(Read("GRADE,IssueDate,trainingprovider,Number,LEARNERIIN,professionCode,courseName,Hours\n" +
            $"A-,2025-03-14,Centre,N-1,{Iin},2519-0-01,Testing,72\n"));

        Assert.Equal(("N-1", Iin, "A-", "2025-03-14", 72m), (record.Record!.Number, record.Record.LearnerIin, record.Record.Grade, record.Record.IssueDate, record.Record.Hours));
    }

    [Fact]
    public void A_byte_order_mark_before_the_header_is_ignored()
    {
        var record = Assert.Single(Read($"\uFEFF{CsvHeader}\n{CsvRow("N-1")}\n"));

        Assert.Equal("N-1", record.Record!.Number);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_one_rejected_record_and_the_others_are_read()
    {
        var records = Read($"{CsvHeader}\n{CsvRow("N-1")}\nN-2,{Iin},,2519-0-01\n{CsvRow("N-3")}\n");

        Assert.Equal([2L, 3L, 4L], records.Select(r => r.Line));
        Assert.Equal(("line", 3L), (records[1].Problem!.Field, records[1].Line));
        Assert.Contains("4 field(s)", records[1].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal(["N-1", "N-3"], records.Where(r => r.Record is not null).Select(r => r.Record!.Number));
    }

    [Fact]
    public void A_number_that_is_not_one_is_a_rejected_record_naming_its_field()
    {
        var records = Read($"{CsvHeader}\n{CsvRow("N-1", hours: "ninety")}\n{CsvRow("N-2")}\n");

        Assert.Equal(("hours", 2L), (records[0].Problem!.Field, records[0].Line));
        Assert.Contains("'ninety'", records[0].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal("N-2", records[1].Record!.Number);
    }

    [Fact]
    public void A_decimal_comma_in_a_quoted_number_is_read_as_a_decimal_point()
    {
        var record = Assert.Single(Read($"{CsvHeader}\n{CsvRow("N-1", hours: "\"96,5\"")}\n"));

        Assert.Equal(96.5m, record.Record!.Hours);
    }

    [Fact]
    public void A_row_that_is_not_UTF8_is_one_rejected_record_and_the_others_are_read()
    {
        var windows1251 = new byte[] { 0xCA, 0xF3, 0xF0, 0xF1 };
        var file = Bytes(
            System.Text.Encoding.UTF8.GetBytes($"{CsvHeader}\n{CsvRow("N-1")}\nN-2,{Iin},"), windows1251,
            System.Text.Encoding.UTF8.GetBytes($",2519-0-01,Testing,96,,85%,2025-03-14,Centre\n{CsvRow("N-3")}\n"));

        var records = CsvSource.Read(file).ToList();

        Assert.Equal([2L, 3L, 4L], records.Select(r => r.Line));
        Assert.Equal("line", records[1].Problem!.Field);
        Assert.Contains("UTF-8", records[1].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal(["N-1", "N-3"], records.Where(r => r.Record is not null).Select(r => r.Record!.Number));
    }

    [Fact]
    public void A_row_not_in_UTF8_inside_a_quoted_field_spanning_lines_is_one_rejected_record_and_the_next_rows_are_read()
    {
        var file = Bytes(
            System.Text.Encoding.UTF8.GetBytes($"{CsvHeader}\nN-1,{Iin},,2519-0-01,\"Course\n"), [0xCA, 0xF3, 0xF0, 0xF1],
            System.Text.Encoding.UTF8.GetBytes($"\",96,,85%,2025-03-14,Centre\n{CsvRow("N-2")}\n{CsvRow("N-3")}\n"));

        var records = CsvSource.Read(file).ToList();

        Assert.Equal([2L, 4L, 5L], records.Select(r => r.Line));
        Assert.Contains("UTF-8", records[0].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal(["N-2", "N-3"], records.Skip(1).Select(r => r.Record!.Number));
    }

    [Fact]
    public void A_quote_left_open_at_the_end_of_the_file_is_one_rejected_record_at_its_first_line()
    {
        var records = Read($"{CsvHeader}\n{CsvRow("N-1")}\nN-2,{Iin},,2519-0-01,\"Testing,96,,85%,2025-03-14,Centre\n");

        Assert.Equal(2, records.Count);
        Assert.Equal("N-1", records[0].Record!.Number);
        Assert.Equal((3L, "line"), (records[1].Line, records[1].Problem!.Field));
        Assert.Contains("never closed", records[1].Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quote_left_open_early_in_a_large_file_is_found_in_one_pass()
    {
        var rows = string.Join('\n', Enumerable.Range(3, 30_000).Select(i => CsvRow($"N-{i}")));
        var text = $"{CsvHeader}\nN-2,{Iin},,2519-0-01,\"Testing,96,,85%,2025-03-14,Centre\n{rows}\n";

        // Rescanning the record so far at every line would take minutes here.
        var records = await Task.Run(() => Read(text)).WaitAsync(TimeSpan.FromSeconds(10));

        var record = Assert.Single(records);
        Assert.Equal(2L, record.Line);
        Assert.Contains("never closed", record.Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_between_rows_are_skipped()
    {
        var records = Read($"{CsvHeader}\n\n{CsvRow("N-1")}\n   \n{CsvRow("N-2")}");

        Assert.Equal([3L, 5L], records.Select(r => r.Line));
    }

    [Fact]
    public void Empty_fields_are_absent_not_empty_text()
    {
        var record = Assert.Single(Read($"{CsvHeader}\n{CsvRow("N-1", grade: "")}\n"));

        Assert.Null(record.Problem);
        Assert.Null(record.Record!.Grade);
        Assert.Null(record.Record.Credits);
    }

    [Fact]
    public void A_header_without_a_required_field_is_a_clear_error_naming_it()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            Read("number,learnerIin,professionCode,courseName,hours,issueDate,trainingProvider\n" + $"N-1,{Iin},2519-0-01,Testing,96,2025-03-14,Centre\n"));

        Assert.Contains("Line 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("'grade'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_the_number_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("learnerIin,grade\n" + $"{Iin},A\n"));

        Assert.Contains("'number'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_hours_or_credits_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            Read("number,learnerIin,professionCode,courseName,grade,issueDate,trainingProvider\n" + $"N-1,{Iin},2519-0-01,Testing,A,2025-03-14,Centre\n"));

        Assert.Contains("'hours'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_with_either_hours_or_credits_is_enough()
    {
        var record = Assert.Single(Read("number,learnerIin,professionCode,courseName,credits,grade,issueDate,trainingProvider\n" +
            $"N-1,{Iin},2519-0-01,Testing,3,A,2025-03-14,Centre\n"));

        Assert.Equal(3m, record.Record!.Credits);
    }

    [Fact]
    public void A_header_naming_an_unknown_field_is_a_clear_error_listing_the_fields()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read($"{CsvHeader},colour\n"));

        Assert.Contains("'colour'", error.Message, StringComparison.Ordinal);
        Assert.Contains("trainingProvider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_naming_a_field_twice_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read($"{CsvHeader},Grade\n{CsvRow("N-1")},A\n"));

        Assert.Contains("'grade'", error.Message, StringComparison.Ordinal);
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_that_is_not_UTF8_is_a_clear_error_rather_than_a_data_row_taken_for_the_header()
    {
        // "Номер" in Windows-1251 as the first column's name, then rows.
        var file = Bytes([0xCD, 0xEE, 0xEC, 0xE5, 0xF0], System.Text.Encoding.UTF8.GetBytes($",{CsvHeader[7..]}\n{CsvRow("N-1")}\n{CsvRow("N-2")}\n"));

        var error = Assert.Throws<InvalidDataException>(() => CsvSource.Read(file).ToList());

        Assert.Contains("Line 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }
}
