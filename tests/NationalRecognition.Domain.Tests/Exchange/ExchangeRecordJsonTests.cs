using System.Text;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using Xunit;

namespace NationalRecognition.Domain.Tests.Exchange;

public sealed class ExchangeRecordJsonTests
{
    private const string Line = """{"number":"ENB-1","learnerIin":"050315601237","professionCode":"2511-0-07","courseName":"Data","hours":72,"grade":"A-","issueDate":"2025-06-20","trainingProvider":"Centre","extra":true}""";

    [Fact]
    public void A_line_is_read_with_unknown_members_ignored()
    {
        var record = ExchangeRecordJson.Parse(Encoding.UTF8.GetBytes(Line));

        Assert.Equal(("ENB-1", 72m, "A-"), (record.Number, record.Hours, record.Grade));
    }

    [Fact]
    public void The_course_code_is_read_from_its_member() =>
        Assert.Equal("DA-01", ExchangeRecordJson.Parse("""{"courseCode":"DA-01"}"""u8).CourseCode);

    [Fact]
    public void Numbers_written_as_text_are_read() =>
        Assert.Equal(72.5m, ExchangeRecordJson.Parse("""{"hours":"72.5"}"""u8).Hours);

    [Fact]
    public void What_is_written_is_read_back_equal()
    {
        var record = ExchangeRecordJson.Parse(Encoding.UTF8.GetBytes(Line));

        Assert.Equal(record, ExchangeRecordJson.Parse(Encoding.UTF8.GetBytes(ExchangeRecordJson.Write(record))));
    }

    [Fact]
    public void A_line_cut_short_is_broken_JSON() =>
        Assert.Contains("broken JSON", Refusal(Encoding.UTF8.GetBytes(Line[..40])).Reason, StringComparison.Ordinal);

    [Fact]
    public void A_line_in_another_encoding_is_refused_as_not_UTF8() =>
        Assert.Contains("UTF-8", Refusal(Encoding.Latin1.GetBytes("""{"courseName":"Ərtürk café"}""")).Reason, StringComparison.Ordinal);

    [Fact]
    public void A_member_of_the_wrong_type_names_its_field() =>
        Assert.Equal("hours", Refusal("""{"hours":{"value":3}}"""u8.ToArray()).Field);

    [Fact]
    public void A_line_that_is_not_an_object_is_refused() =>
        Assert.Equal("line", Refusal("[1,2]"u8.ToArray()).Field);

    private static DomainException Refusal(byte[] line) => Assert.Throws<DomainException>(() => ExchangeRecordJson.Parse(line));
}
