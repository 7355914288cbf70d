using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Grains.Events;

[PlatformEvent("InstitutionRegistered", 1)]
public sealed record InstitutionRegistered(
    string Bin,
    IReadOnlyList<InstitutionKind> Kinds,
    Region Region,
    IReadOnlyList<Ministry> Ministries,
    bool FirstRegistration) : IPlatformEvent
{
    public string Describe() => FirstRegistration ? "registered" : "profile updated";
}

[PlatformEvent("AcademicPeriodSet", 1)]
public sealed record AcademicPeriodSet(AcademicPeriodInfo Period) : IPlatformEvent
{
    public string Describe() => $"academic period {Period.Id} ({Period.StartDate:yyyy-MM-dd}–{Period.EndDate:yyyy-MM-dd})";
}

[PlatformEvent("ProgrammeUpserted", 1)]
public sealed record ProgrammeUpserted(string ProgrammeCode, InstitutionKind Level, int UnitCount) : IPlatformEvent
{
    public string Describe() => $"programme {ProgrammeCode} ({Level}, {UnitCount} discipline(s)/module(s))";
}

[PlatformEvent("CommissionActivated", 1)]
public sealed record CommissionActivated(string CommissionId) : IPlatformEvent
{
    public string Describe() => $"Commission {CommissionId} receives the institution's applications";
}
