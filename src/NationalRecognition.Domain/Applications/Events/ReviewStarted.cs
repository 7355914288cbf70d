namespace NationalRecognition.Domain.Applications.Events;

/// <summary>The Commission took the application under review.</summary>
public sealed record ReviewStarted(Guid ApplicationId) : IApplicationDomainEvent;
