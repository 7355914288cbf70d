using NationalRecognition.Domain.Recognitions;

namespace NationalRecognition.Domain.Applications.Events;

/// <summary>
/// The Commission's decision was recorded. <see cref="Recognitions"/> are the courses it recognises, one per supporting
/// appendix entry, ready for the learner's ledger (the unit's credits on its first course, none on the others, so
/// the cap counts them once).
/// </summary>
public sealed record Decided(Guid ApplicationId, ApplicationDecision Decision, IReadOnlyList<HeldRecognition> Recognitions, string RuleVersionId) : IApplicationDomainEvent;
