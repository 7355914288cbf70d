using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.RuleVersions;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// A submission with what the grain gathered to judge it: the programme's units, the institution's terms, the
/// Commission, the period the learner names, the version of the Rules in force and the learner's earlier applications
/// at the institution.
/// </summary>
public sealed record NewApplication
{
    public required Guid Id { get; init; }

    public required ApplicationSubmission Submission { get; init; }

    public required string ProgrammeCode { get; init; }

    /// <summary>The requested units as the programme describes them, in the order requested.</summary>
    public required IReadOnlyList<ApplicationUnit> Units { get; init; }

    public required ApplicationTerms Terms { get; init; }

    public required Commission Commission { get; init; }

    /// <summary>The period the learner names, in which they will study the units.</summary>
    public required AcademicPeriod Period { get; init; }

    public required RuleVersion RuleVersion { get; init; }

    /// <summary>The instant of submission.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The learner's earlier applications at the same institution (for the course-and-unit rule).</summary>
    public IReadOnlyList<EarlierApplication> Earlier { get; init; } = [];
}
