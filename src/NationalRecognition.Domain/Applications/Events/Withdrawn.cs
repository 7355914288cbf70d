namespace NationalRecognition.Domain.Applications.Events;

/// <summary>The learner withdrew the application before the decision, saying why.</summary>
public sealed record Withdrawn(Guid ApplicationId, string Reason) : IApplicationDomainEvent;
