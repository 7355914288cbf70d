using NationalRecognition.Contracts.Applications;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// One demo application and how far the seeder takes it: submitted, then (for the later statuses) taken into
/// review with its comparisons recorded, then decided or withdrawn.
/// </summary>
internal sealed record DemoApplicationPlan(
    DemoInstitution Institution,
    SubmitApplication Command,
    ApplicationStatus Target,
    IReadOnlyList<ComparisonAssessment> Comparisons,
    IReadOnlyList<UnitDecisionInput> Decisions,
    string? ProtocolNumber = null,
    string? WithdrawalReason = null)
{
    public Guid Id => ApplicationIds.FromIdempotencyKey(Command.LearnerIin, Command.IdempotencyKey);
}
