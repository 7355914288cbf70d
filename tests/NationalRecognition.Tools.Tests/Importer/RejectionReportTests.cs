using NationalRecognition.Importer;

namespace NationalRecognition.Tools.Tests.Importer;

public sealed class RejectionReportTests : IDisposable
{
    private const string Header = "line,number,code,field,clause,reason\n";
    private readonly ScratchDirectory _scratch = new();
    private readonly FileInfo _file;

    public RejectionReportTests() => _file = _scratch.File("rejected.csv");

    private string Text => System.IO.File.ReadAllText(_file.FullName);

    [Fact]
    public void A_new_report_has_the_header_row()
    {
        using (new RejectionReport(_file, 0))
        {
        }

        Assert.Equal(Header, Text);
    }

    [Fact]
    public void Each_rejected_row_is_written_with_its_line_number_code_field_clause_and_reason()
    {
        using (var report = new RejectionReport(_file, 0))
        {
            report.Add(7, "N-7", "VALIDATION", "grade", "10", "The course's grade is required.");
        }

        Assert.Equal(Header + "7,N-7,VALIDATION,grade,10,The course's grade is required.\n", Text);
    }

    [Fact]
    public void Values_with_commas_quotes_or_line_breaks_are_quoted_with_quotes_doubled()
    {
        using (var report = new RejectionReport(_file, 0))
        {
            report.Add(3, "N,3", null, "hours", null, "'hours' is not a number: '9\"6'.\nFix it.");
        }

        Assert.Equal(Header + "3,\"N,3\",,hours,,\"'hours' is not a number: '9\"\"6'.\nFix it.\"\n", Text);
    }

    [Fact]
    public void Resuming_cuts_the_report_back_to_the_checkpointed_length_so_no_row_is_written_twice()
    {
        long checkpointed;
        using (var report = new RejectionReport(_file, 0))
        {
            report.Add(2, "N-2", "VALIDATION", "grade", "10", "no grade");
            checkpointed = report.Length;
            report.Add(5, "N-5", "VALIDATION", "grade", "10", "no grade");
        }

        using (var resumed = new RejectionReport(_file, checkpointed))
        {
            resumed.Add(5, "N-5", "VALIDATION", "grade", "10", "no grade");
        }

        Assert.Equal(Header + "2,N-2,VALIDATION,grade,10,no grade\n5,N-5,VALIDATION,grade,10,no grade\n", Text);
    }

    [Fact]
    public void A_new_import_starts_the_report_afresh()
    {
        System.IO.File.WriteAllText(_file.FullName, Header + "9,OLD,VALIDATION,grade,10,from an earlier file\n");

        using (new RejectionReport(_file, 0))
        {
        }

        Assert.Equal(Header, Text);
    }

    [Fact]
    public void Resuming_with_a_report_shorter_than_the_checkpoint_recorded_is_refused_rather_than_losing_its_rows()
    {
        System.IO.File.WriteAllText(_file.FullName, Header);

        var refusal = Assert.Throws<ImportFailedException>(() => new RejectionReport(_file, Header.Length + 40));

        Assert.Contains(_file.FullName, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(Header, Text);
    }

    public void Dispose() => _scratch.Dispose();
}
