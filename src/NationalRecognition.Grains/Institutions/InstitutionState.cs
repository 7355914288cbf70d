using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Grains.Institutions;

[GenerateSerializer, Alias("nr.InstitutionState")]
public sealed class InstitutionState
{
    [Id(0)]
    public InstitutionProfile? Profile { get; set; }

    [Id(1)]
    public List<AcademicPeriodInfo> Calendar { get; set; } = [];

    [Id(2)]
    public Dictionary<string, Programme> Programmes { get; set; } = new(StringComparer.Ordinal);
}
