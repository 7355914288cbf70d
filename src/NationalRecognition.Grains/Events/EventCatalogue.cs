using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.Events;

/// <summary>
/// Every event type by its stored name and schema version, and the one JSON form they are stored in
/// (camelCase, enums by name, so the log reads well in SQL).
/// </summary>
public static class EventCatalogue
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly FrozenDictionary<Type, PlatformEventAttribute> ByType = typeof(EventCatalogue).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<PlatformEventAttribute>() is not null)
        .ToFrozenDictionary(t => t, t => t.GetCustomAttribute<PlatformEventAttribute>()!);

    private static readonly FrozenDictionary<(string, int), Type> ByName =
        ByType.ToFrozenDictionary(pair => (pair.Value.Name, pair.Value.SchemaVersion), pair => pair.Key);

    public static IReadOnlyCollection<Type> Types => ByType.Keys;

    public static PlatformEventAttribute Describe(Type eventType) =>
        ByType.TryGetValue(eventType, out var attribute)
            ? attribute
            : throw new InvalidOperationException($"{eventType.Name} has no [PlatformEvent] name and version.");

    /// <summary>An event ready for the log, stamped with who caused it and whose (which institution's) it is.</summary>
    public static PendingEvent Pending(IPlatformEvent @event, Actor actor, string? institutionBin, DateTimeOffset at)
    {
        var type = Describe(@event.GetType());
        return new PendingEvent(
            type.Name,
            type.SchemaVersion,
            JsonSerializer.Serialize(@event, @event.GetType(), Json),
            at,
            actor.SubjectId,
            actor.Role.ToString(),
            actor.InstitutionBin,
            institutionBin);
    }

    /// <summary>Whether this build has a reader for events stored under this name and schema version.</summary>
    public static bool Knows(string eventType, int schemaVersion) => ByName.ContainsKey((eventType, schemaVersion));

    /// <summary>The typed event of a stored one, or null for a type this build does not know (a newer writer's).</summary>
    public static IPlatformEvent? Read(RecordedEvent recorded) =>
        ByName.TryGetValue((recorded.EventType, recorded.SchemaVersion), out var type)
            ? (IPlatformEvent?)JsonSerializer.Deserialize(recorded.Payload, type, Json)
            : null;
}
