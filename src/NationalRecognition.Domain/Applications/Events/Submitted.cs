namespace NationalRecognition.Domain.Applications.Events;

/// <summary>The application was accepted at the door, addressed to the chair in office (clause 13.1).</summary>
public sealed record Submitted(Guid ApplicationId, string AddressedTo, string RuleVersionId, DateTimeOffset SubmittedAt) : IApplicationDomainEvent;
