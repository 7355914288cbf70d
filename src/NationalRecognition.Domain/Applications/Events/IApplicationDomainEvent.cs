namespace NationalRecognition.Domain.Applications.Events;

/// <summary>Something that happened to an application, raised by the <see cref="Application"/> aggregate, named in the past tense.</summary>
public interface IApplicationDomainEvent
{
    Guid ApplicationId { get; }
}
