using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// An application as its grain stores it, enough to judge the next command: what was submitted, the status reached,
/// the comparisons as the Commission recorded them (the platform's findings are worked out again from them) and a
/// withdrawal's reason. A decision is final, so it is not needed to judge anything further.
/// </summary>
public sealed record StoredApplication
{
    public required Guid Id { get; init; }

    public required ApplicationStatus Status { get; init; }

    public required string ApplicantName { get; init; }

    public required string ProgrammeCode { get; init; }

    public required string PeriodId { get; init; }

    public required IReadOnlyList<ApplicationUnit> Units { get; init; }

    public required IReadOnlyList<ConfirmingDocument> Documents { get; init; }

    public required ApplicationTerms Terms { get; init; }

    public required string RuleVersionId { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required string AddressedTo { get; init; }

    /// <summary>The comparisons in the order recorded; a later one of the same entry replaces the earlier.</summary>
    public IReadOnlyList<EntryComparisonRequest> Comparisons { get; init; } = [];

    public string? WithdrawalReason { get; init; }
}
