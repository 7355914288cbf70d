using NationalRecognition.Domain.Comparison;

namespace NationalRecognition.Domain.Applications.Events;

/// <summary>One appendix entry was compared with one unit (clause 9), with the advisor's recommendation for the unit as now compared.</summary>
public sealed record EntryCompared(Guid ApplicationId, RecordedComparison Comparison, Recommendation Recommendation) : IApplicationDomainEvent;
