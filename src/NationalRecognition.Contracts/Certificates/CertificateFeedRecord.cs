using System.Text.Json.Serialization;

namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// One certificate of the exchange's feed as sent: every field optional text (or a number), so that a bad field
/// refuses its record and never the batch. See Domain.Exchange.ExchangeCertificateRules for what each must hold.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.CertificateFeedRecord")]
public sealed record CertificateFeedRecord(
    [property: Id(0)] string? Number,
    [property: Id(1)] string? LearnerIin,
    [property: Id(2)] string? ProfessionCode,
    [property: Id(3)] string? CourseName,
    [property: Id(4)] decimal? Hours,
    [property: Id(5)] decimal? Credits,
    [property: Id(6)] string? Grade,
    [property: Id(7)] string? IssueDate,
    [property: Id(8)] string? TrainingProvider,
    [property: Id(9)] string? LearnerName = null,
    // Left out of JSON when absent: a batch's fingerprint (its JSON's hash) stays the one the previous release stored, so
    // a batch sent again across a rolling upgrade is a replay, not a conflict.
    [property: Id(10), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CourseCode = null);
