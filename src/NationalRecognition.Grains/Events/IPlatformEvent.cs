namespace NationalRecognition.Grains.Events;

/// <summary>
/// Something that happened on the platform, named in the past tense and stored in the log as JSON
/// (<see cref="PlatformEventAttribute"/> gives its stable name and schema version).
/// </summary>
public interface IPlatformEvent
{
    /// <summary>A short description for the audit log; never personal data.</summary>
    string Describe();
}
