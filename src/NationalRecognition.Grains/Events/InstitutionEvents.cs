using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Grains.Events;

[RecognitionEvent("InstitutionRegistered", 1)]
public sealed record InstitutionRegistered(
    string Bin,
    IReadOnlyList<InstitutionKind> Kinds,
    Region Region,
    IReadOnlyList<Ministry> Ministries,
    bool FirstRegistration) : IRecognitionEvent
{
    public string Describe() => FirstRegistration ? "registered" : "profile updated";
}

[RecognitionEvent("AcademicPeriodSet", 1)]
public sealed record AcademicPeriodSet(AcademicPeriodInfo Period) : IRecognitionEvent
{
    public string Describe() => $"academic period {Period.Id} ({Period.StartDate:yyyy-MM-dd}–{Period.EndDate:yyyy-MM-dd})";
}

[RecognitionEvent("ProgrammeUpserted", 1)]
public sealed record ProgrammeUpserted(string ProgrammeCode, InstitutionKind Level, int UnitCount) : IRecognitionEvent
{
    public string Describe() => $"programme {ProgrammeCode} ({Level}, {UnitCount} discipline(s)/module(s))";
}

[RecognitionEvent("CommissionActivated", 1)]
public sealed record CommissionActivated(string CommissionId) : IRecognitionEvent
{
    public string Describe() => $"Commission {CommissionId} receives the institution's applications";
}
