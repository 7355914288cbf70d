using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Grains.Events;

/// <summary>An event of an application; it carries the application's summary after the change, which is all the listings need.</summary>
public interface IApplicationEvent : IRecognitionEvent
{
    ApplicationSummary Summary { get; }
}
