namespace NationalRecognition.Grains.Events;

/// <summary>
/// The stable name and schema version an event is stored under. Renaming the CLR type changes nothing;
/// changing the JSON shape means a new schema version, and readers keep reading every older one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PlatformEventAttribute(string name, int schemaVersion) : Attribute
{
    public string Name { get; } = name;

    public int SchemaVersion { get; } = schemaVersion;
}
