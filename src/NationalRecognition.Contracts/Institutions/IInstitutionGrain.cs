using NationalRecognition.Contracts.Common;
using Orleans.Concurrency;

namespace NationalRecognition.Contracts.Institutions;

/// <summary>An educational organisation, keyed by its BIN: profile, academic calendar, programme catalogue.</summary>
[Alias("nr.IInstitutionGrain")]
public interface IInstitutionGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task<InstitutionProfile> Register(RegisterInstitution command, Actor actor);

    [Alias("GetProfile"), ReadOnly]
    Task<InstitutionProfile?> GetProfile();

    [Alias("SetAcademicPeriod")]
    Task<IReadOnlyList<AcademicPeriodInfo>> SetAcademicPeriod(AcademicPeriodInfo period, Actor actor);

    [Alias("GetAcademicCalendar"), ReadOnly]
    Task<IReadOnlyList<AcademicPeriodInfo>> GetAcademicCalendar();

    [Alias("UpsertProgramme")]
    Task<Programme> UpsertProgramme(Programme programme, Actor actor);

    [Alias("GetProgrammes"), ReadOnly]
    Task<IReadOnlyList<Programme>> GetProgrammes();

    /// <summary>Called by the Commission grain once its founding order is recorded.</summary>
    [Alias("CommissionEstablished")]
    Task CommissionEstablished(string commissionId);

    /// <summary>What a submission needs from the institution, in one read-only call that interleaves with other reads.</summary>
    [Alias("GetSubmissionContext"), ReadOnly]
    Task<SubmissionContext> GetSubmissionContext(string programmeCode, string academicPeriodId, IReadOnlyList<string> unitCodes);
}
