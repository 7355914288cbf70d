using System.Text.Json.Serialization;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.Institutions;

[GenerateSerializer, Alias("nr.InstitutionState")]
public sealed class InstitutionState : IJournaledState
{
    [Id(0)]
    public InstitutionProfile? Profile { get; set; }

    [Id(1)]
    public List<AcademicPeriodInfo> Calendar { get; set; } = [];

    [Id(2)]
    public Dictionary<string, Programme> Programmes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The events of the next write; never part of the stored state.</summary>
    [field: NonSerialized]
    [JsonIgnore]
    public List<PendingEvent> UncommittedEvents { get; } = [];

    /// <summary>A copy to build the next state in, so the current one stays intact until the write succeeds.</summary>
    public InstitutionState Copy() => new()
    {
        Profile = Profile,
        Calendar = Calendar.ToList(),
        Programmes = new Dictionary<string, Programme>(Programmes, StringComparer.Ordinal),
    };
}
