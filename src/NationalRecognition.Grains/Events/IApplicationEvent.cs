namespace NationalRecognition.Grains.Events;

/// <summary>An event of an application; it carries the application's snapshot after the change, which is all the listings need.</summary>
public interface IApplicationEvent : IPlatformEvent
{
    ApplicationSnapshot Summary { get; }
}
