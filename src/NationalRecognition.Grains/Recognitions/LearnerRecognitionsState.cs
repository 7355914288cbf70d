using System.Text.Json.Serialization;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.Recognitions;

[GenerateSerializer, Alias("nr.LearnerRecognitionsState")]
public sealed class LearnerRecognitionsState : IJournaledState
{
    [Id(0)]
    public List<HeldCourseRecognition> Held { get; set; } = [];

    /// <summary>The learner's applications at the institution not yet final: bounded by the learner's own applications.</summary>
    [Id(1)]
    public List<PendingApplication> Pending { get; set; } = [];

    /// <summary>The events of the next write; never part of the stored state.</summary>
    [field: NonSerialized]
    [JsonIgnore]
    public List<PendingEvent> UncommittedEvents { get; } = [];

    public LearnerRecognitionsState Copy() => new() { Held = Held.ToList(), Pending = Pending.ToList() };
}
