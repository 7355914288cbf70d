using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;

namespace NationalRecognition.Grains.Institutions;

/// <summary>An educational organisation, keyed by BIN: its profile, academic calendar and programme catalogue.</summary>
public sealed class InstitutionGrain(
    [PersistentState("institution", StorageNames.Recognition)] IPersistentState<InstitutionState> state,
    TimeProvider time)
    : Grain, IInstitutionGrain, IAuditScoped
{
    private string Bin => this.GetPrimaryKeyString();

    public string AuditScope => Bin;

    [AuditedMutation]
    public async Task<InstitutionProfile> Register(RegisterInstitution command, Actor actor)
    {
        AccessPolicy.ManageInstitution(actor, Bin);
        _ = Domain.Identity.Bin.Parse(Bin, KazakhstanTime.Today(time));
        CatalogueRules.Validate(command.Names);
        if (command.Policy is { } policy)
        {
            // Refused, not stored: a setting that cannot take effect would be silently ignored later.
            RecognitionSettings.Validate(policy.GradeScaleId, policy.MaxRecognisedCredits, policy.HoursPerCredit);
            RecognitionSettings.Validate(policy.GradeScaleId, policy.MaxRecognisedCreditsPerApplication, policy.HoursPerCredit);
        }

        if (command.Kinds.Count == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("institutionGrain.institutionLeastOne"), "kinds");
        }

        var kinds = command.Kinds.Distinct().Order().ToList();
        var known = state.State.Profile;
        var profile = new InstitutionProfile(
            Bin,
            command.Names,
            kinds,
            command.Region,
            kinds.Select(InstitutionKinds.MinistryOf).Distinct().Order().ToList(),
            command.Policy ?? known?.Policy ?? RecognitionPolicy.Default,
            known?.ActiveCommissionId,
            known?.RegisteredAt ?? time.GetUtcNow());
        var next = state.State.Copy();
        next.Profile = profile;
        await Commit(next, new InstitutionRegistered(Bin, profile.Kinds, profile.Region, profile.Ministries, known is null), actor);
        return profile;
    }

    public Task<InstitutionProfile?> GetProfile() => Task.FromResult(state.State.Profile);

    [AuditedMutation]
    public async Task<IReadOnlyList<AcademicPeriodInfo>> SetAcademicPeriod(AcademicPeriodInfo period, Actor actor)
    {
        AccessPolicy.ManageInstitution(actor, Bin);
        RequireRegistered();
        CatalogueRules.Validate(period);
        var next = state.State.Copy();
        next.Calendar.RemoveAll(p => p.Id == period.Id);
        next.Calendar.Add(period);
        next.Calendar.Sort((a, b) => a.StartDate.CompareTo(b.StartDate));
        await Commit(next, new AcademicPeriodSet(period), actor);
        return state.State.Calendar.ToList();
    }

    public Task<IReadOnlyList<AcademicPeriodInfo>> GetAcademicCalendar() =>
        Task.FromResult<IReadOnlyList<AcademicPeriodInfo>>(state.State.Calendar.ToList());

    [AuditedMutation]
    public async Task<Programme> UpsertProgramme(Programme programme, Actor actor)
    {
        AccessPolicy.ManageInstitution(actor, Bin);
        var profile = RequireRegistered();
        CatalogueRules.Validate(programme);
        if (!profile.Kinds.Contains(programme.Level))
        {
            throw new DomainException(DomainErrorCode.Validation,
                Message.Of("institutionGrain.programmeCodeLevel", ("code", programme.Code), ("level", programme.Level)), "programme.level");
        }

        programme = TaughtPeriods.Normalise(programme, state.State.Calendar);
        var next = state.State.Copy();
        next.Programmes[programme.Code] = programme;
        await Commit(next, new ProgrammeUpserted(programme.Code, programme.Level, programme.Units.Count), actor);
        return programme;
    }

    public Task<IReadOnlyList<Programme>> GetProgrammes() =>
        Task.FromResult<IReadOnlyList<Programme>>(state.State.Programmes.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToList());

    public async Task CommissionEstablished(string commissionId)
    {
        // Internal call of the Commission grain; still, a Commission only ever belongs to its own institution.
        if (CommissionIds.InstitutionOf(commissionId) != Bin)
        {
            throw new DomainException(DomainErrorCode.Forbidden, Message.Of("institutionGrain.commissionBelongsOwn"), "commissionId");
        }

        var profile = RequireRegistered();
        if (profile.ActiveCommissionId == commissionId)
        {
            return;
        }

        var next = state.State.Copy();
        next.Profile = profile with { ActiveCommissionId = commissionId };
        await Commit(next, new CommissionActivated(commissionId), Actor.System);
    }

    /// <summary>One write: the next state and its event together.</summary>
    private Task Commit(InstitutionState next, IPlatformEvent @event, Actor actor) =>
        state.CommitAsync(next, [EventCatalogue.Pending(@event, actor, Bin, time.GetUtcNow())], this);

    public Task<SubmissionContext> GetSubmissionContext(string programmeCode, string academicPeriodId, IReadOnlyList<string> unitCodes)
    {
        var profile = RequireRegistered();
        var programme = state.State.Programmes.GetValueOrDefault(programmeCode)
            ?? throw new DomainException(DomainErrorCode.NotFound,
                Message.Of("institutionGrain.institutionBinProgramme", ("bin", Bin), ("programmeCode", programmeCode)), "programmeCode");
        var period = state.State.Calendar.Find(p => p.Id == academicPeriodId)
            ?? throw new DomainException(DomainErrorCode.NotFound,
                Message.Of("institutionGrain.institutionBinAcademic", ("bin", Bin), ("academicPeriodId", academicPeriodId)), "academicPeriodId");
        var units = unitCodes.Select((code, i) => programme.Units.FirstOrDefault(u => u.Code == code)
            ?? throw new DomainException(DomainErrorCode.NotFound,
                Message.Of("institutionGrain.programmeProgrammeCodeDiscipline", ("programmeCode", programmeCode), ("code", code)), $"unitCodes[{i}]")).ToList();
        var unitPeriods = units.SelectMany(u => u.Periods).Distinct(StringComparer.Ordinal)
            .Select(id => state.State.Calendar.Find(p => p.Id == id)).OfType<AcademicPeriodInfo>().ToList();
        return Task.FromResult(new SubmissionContext(
            Bin, profile.Kinds, profile.Region, profile.ActiveCommissionId, period, programme, units, profile.Policy, unitPeriods));
    }

    private InstitutionProfile RequireRegistered() =>
        state.State.Profile ?? throw new DomainException(DomainErrorCode.NotFound, Message.Of("institutionGrain.institutionBINBin", ("bin", Bin)), "institutionBin");
}
