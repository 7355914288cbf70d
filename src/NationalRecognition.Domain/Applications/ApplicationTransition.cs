using NationalRecognition.Domain.Applications.Events;

namespace NationalRecognition.Domain.Applications;

/// <summary>What a command does: the application's next state and the events the grain raises with it, in one commit.</summary>
public sealed record ApplicationTransition(Application Next, IReadOnlyList<IApplicationDomainEvent> Events);
