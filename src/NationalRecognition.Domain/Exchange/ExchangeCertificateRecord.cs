namespace NationalRecognition.Domain.Exchange;

/// <summary>
/// One record of the exchange's certificate feed as it arrives (a CSV row, an NDJSON line, a GraphQL input), every
/// field still text or absent, so that a bad field is one record's refusal rather than a broken batch.
/// </summary>
public sealed record ExchangeCertificateRecord
{
    public string? Number { get; init; }

    public string? LearnerIin { get; init; }

    /// <summary>The learner's name as the exchange has it; optional, since the IIN identifies the learner.</summary>
    public string? LearnerName { get; init; }

    public string? ProfessionCode { get; init; }

    public string? CourseName { get; init; }

    /// <summary>The exchange's code of the course (optional): with the certificate's number, what makes it one course.</summary>
    public string? CourseCode { get; init; }

    public decimal? Hours { get; init; }

    public decimal? Credits { get; init; }

    /// <summary>As written: "87%", "4/5", "A-", "pass" (see <see cref="Grading.Grade.Parse"/>).</summary>
    public string? Grade { get; init; }

    /// <summary>ISO date, yyyy-MM-dd.</summary>
    public string? IssueDate { get; init; }

    public string? TrainingProvider { get; init; }
}
