using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Exchange;

public sealed class ExchangeCertificateRulesTests
{
    private static ExchangeCertificateRecord Valid() => new()
    {
        Number = " ENB-2025-000001 ",
        LearnerIin = TestData.LearnerIin.Value,
        ProfessionCode = "2511-0-07",
        CourseName = "Data analysis",
        Hours = 72m,
        Grade = "87%",
        IssueDate = "2025-06-20",
        TrainingProvider = "Astana IT training centre",
    };

    private static DomainException Only(ExchangeCertificateRecord record) =>
        Assert.Single(ExchangeCertificateRules.Problems(record, TestData.Today));

    [Fact]
    public void An_iin_with_a_date_of_birth_in_the_future_is_refused()
    {
        var unborn = Enumerable.Range(0, 100).Select(n => $"2701015{n:0000}").First(e => Domain.Identity.KzCheckDigit.Compute(e) is not null);
        var iin = unborn + Domain.Identity.KzCheckDigit.Compute(unborn);

        var problem = Only(Valid() with { LearnerIin = iin });

        Assert.Equal("learnerIin", problem.Field);
        Assert.Contains("in the future (2027-01-01", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_record_becomes_a_typed_certificate_with_trimmed_text()
    {
        var certificate = ExchangeCertificateRules.Parse(Valid(), TestData.Today);

        Assert.Equal("ENB-2025-000001", certificate.Number);
        Assert.Equal(new DateOnly(2025, 6, 20), certificate.IssueDate);
        Assert.Equal(87m, Assert.IsType<PercentGrade>(certificate.Grade).Percent);
        Assert.Null(certificate.LearnerName);
    }

    [Fact]
    public void The_exchanges_course_code_is_carried_trimmed_and_is_optional()
    {
        Assert.Equal("DA-01", ExchangeCertificateRules.Parse(Valid() with { CourseCode = " DA-01 " }, TestData.Today).CourseCode);
        Assert.Null(ExchangeCertificateRules.Parse(Valid() with { CourseCode = " " }, TestData.Today).CourseCode);
    }

    [Fact]
    public void A_course_code_longer_than_a_number_is_refused() =>
        Assert.Equal("courseCode", Only(Valid() with { CourseCode = new string('7', 200) }).Field);

    [Fact]
    public void A_record_without_an_IIN_is_refused_citing_clause_10_3() =>
        Assert.Equal(("learnerIin", "10.3"), (Only(Valid() with { LearnerIin = null }).Field, Only(Valid() with { LearnerIin = null }).Clause));

    [Fact]
    public void A_record_with_an_IIN_failing_its_check_digit_is_refused() =>
        Assert.Equal("learnerIin", Only(Valid() with { LearnerIin = "900101300801" }).Field);

    [Fact]
    public void A_record_without_a_grade_is_incomplete_citing_clause_10() =>
        Assert.Equal(("grade", "10"), (Only(Valid() with { Grade = "" }).Field, Only(Valid() with { Grade = "" }).Clause));

    [Fact]
    public void A_record_without_hours_or_credits_is_incomplete() =>
        Assert.Equal("hours", Only(Valid() with { Hours = null, Credits = null }).Field);

    [Fact]
    public void A_record_with_credits_only_is_complete() =>
        Assert.Empty(ExchangeCertificateRules.Problems(Valid() with { Hours = null, Credits = 3m }, TestData.Today));

    [Fact]
    public void A_record_without_its_profession_is_refused_citing_clause_10_3() =>
        Assert.Equal("10.3", Only(Valid() with { ProfessionCode = null }).Clause);

    [Fact]
    public void An_issue_date_not_in_ISO_form_is_refused() =>
        Assert.Equal("issueDate", Only(Valid() with { IssueDate = "20.06.2025" }).Field);

    [Fact]
    public void An_issue_date_after_today_is_refused() =>
        Assert.Equal("issueDate", Only(Valid() with { IssueDate = "2025-08-21" }).Field);

    [Fact]
    public void Every_problem_of_a_record_is_reported_together() =>
        Assert.Equal(["number", "trainingProvider", "grade"],
            ExchangeCertificateRules.Problems(Valid() with { Number = null, Grade = null, TrainingProvider = " " }, TestData.Today).Select(p => p.Field));
}
