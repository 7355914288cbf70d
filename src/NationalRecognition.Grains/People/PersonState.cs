using System.Text.Json.Serialization;
using NationalRecognition.Contracts.People;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.People;

/// <summary>The roles held under one person key, and how that key names its person (identity, or masked IIN).</summary>
[GenerateSerializer, Alias("nr.PersonState")]
public sealed class PersonState : IJournaledState
{
    [Id(0)]
    public string? Issuer { get; set; }

    [Id(1)]
    public string? Subject { get; set; }

    [Id(2)]
    public string? MaskedIin { get; set; }

    [Id(3)]
    public List<GrantedRole> Grants { get; set; } = [];

    /// <summary>The events of the next write; never part of the stored state.</summary>
    [field: NonSerialized]
    [JsonIgnore]
    public List<PendingEvent> UncommittedEvents { get; } = [];

    /// <summary>A copy to build the next state in, so the current one stays intact until the write succeeds.</summary>
    public PersonState Copy() => new() { Issuer = Issuer, Subject = Subject, MaskedIin = MaskedIin, Grants = [.. Grants] };
}
