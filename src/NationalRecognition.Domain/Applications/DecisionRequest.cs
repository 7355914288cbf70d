using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.RuleVersions;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// A decision as the protocol records it, with what the grain gathered to judge it: the Commission, today (a Kazakhstan
/// date), the recording member's platform identity (null for the platform's own code) and the version of the Rules in
/// force on the submission day.
/// </summary>
public sealed record DecisionRequest
{
    public required Protocol Protocol { get; init; }

    public required IReadOnlyList<UnitVerdict> Verdicts { get; init; }

    public required Commission Commission { get; init; }

    public required DateOnly Today { get; init; }

    public string? RecordedBySubjectId { get; init; }

    public required RuleVersion RuleVersion { get; init; }
}
