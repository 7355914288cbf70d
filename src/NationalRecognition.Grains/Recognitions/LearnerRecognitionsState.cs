using System.Text.Json.Serialization;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.Recognitions;

[GenerateSerializer, Alias("nr.LearnerRecognitionsState")]
public sealed class LearnerRecognitionsState : IJournaledState
{
    [Id(0)]
    public List<HeldCourseRecognition> Held { get; set; } = [];

    /// <summary>The events of the next write; never part of the stored state.</summary>
    [field: NonSerialized]
    [JsonIgnore]
    public List<PendingEvent> UncommittedEvents { get; } = [];

    public LearnerRecognitionsState Copy() => new() { Held = Held.ToList() };
}
