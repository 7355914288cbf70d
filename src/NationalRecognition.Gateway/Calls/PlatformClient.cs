using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Contracts.People;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Gateway.Calls;

/// <summary>
/// The gateway's facade over the cluster: one method per operation, each one grain call (or a batch of them)
/// with the caller's <see cref="Actor"/>. Resolvers call this, never grains or rules directly.
/// </summary>
public sealed class PlatformClient(IGrainFactory grains)
{
    public Task<InstitutionProfile> RegisterInstitution(string bin, RegisterInstitution command, Actor actor) =>
        grains.GetGrain<IInstitutionGrain>(bin).Register(command, actor);

    public Task<StatisticsAnswer> NationalStatistics(StatisticsQuery query, Actor actor) =>
        grains.GetGrain<INationalStatisticsGrain>(0).Query(query, actor);

    public Task<InstitutionProfile?> Institution(string bin) => grains.GetGrain<IInstitutionGrain>(bin).GetProfile();

    public async Task<IReadOnlyDictionary<string, InstitutionProfile>> Institutions(IReadOnlyCollection<string> bins)
    {
        var profiles = await Task.WhenAll(bins.Select(async bin => (bin, profile: await Institution(bin))));
        return profiles.Where(p => p.profile is not null).ToDictionary(p => p.bin, p => p.profile!);
    }

    public Task<IReadOnlyList<AcademicPeriodInfo>> SetAcademicPeriod(string bin, AcademicPeriodInfo period, Actor actor) =>
        grains.GetGrain<IInstitutionGrain>(bin).SetAcademicPeriod(period, actor);

    public Task<IReadOnlyList<AcademicPeriodInfo>> AcademicCalendar(string bin) =>
        grains.GetGrain<IInstitutionGrain>(bin).GetAcademicCalendar();

    public Task<Programme> UpsertProgramme(string bin, Programme programme, Actor actor) =>
        grains.GetGrain<IInstitutionGrain>(bin).UpsertProgramme(programme, actor);

    public Task<IReadOnlyList<Programme>> Programmes(string bin) => grains.GetGrain<IInstitutionGrain>(bin).GetProgrammes();

    public Task<CommissionInfo> EstablishCommission(string commissionId, ConstituteCommission command, Actor actor) =>
        grains.GetGrain<ICommissionGrain>(commissionId).Establish(command, actor);

    public Task<CommissionInfo> ReconstituteCommission(string commissionId, ConstituteCommission command, Actor actor) =>
        grains.GetGrain<ICommissionGrain>(commissionId).Reconstitute(command, actor);

    public Task<CommissionInfo> CorrectCommissionMemberIdentities(string commissionId, CorrectMemberIdentities command, Actor actor) =>
        grains.GetGrain<ICommissionGrain>(commissionId).CorrectMemberIdentities(command, actor);

    public Task<CommissionInfo?> Commission(string commissionId) => grains.GetGrain<ICommissionGrain>(commissionId).Get();

    public Task<ApplicationInfo> Submit(SubmitApplication command, Actor actor) =>
        Application(ApplicationIds.FromIdempotencyKey(command.LearnerIin, command.IdempotencyKey)).Submit(command, actor);

    public Task<ApplicationInfo> StartReview(Guid id, Actor actor, int? expectedVersion = null) =>
        Application(id).StartReview(actor, expectedVersion);

    public Task<ApplicationInfo> RecordComparison(Guid id, ComparisonAssessment comparison, Actor actor, int? expectedVersion = null) =>
        Application(id).RecordComparison(comparison, actor, expectedVersion);

    public Task<ApplicationInfo> Decide(Guid id, DecideApplication command, Actor actor, int? expectedVersion = null) =>
        Application(id).Decide(command, actor, expectedVersion);

    public Task<ApplicationInfo> Withdraw(Guid id, string reason, Actor actor, int? expectedVersion = null) =>
        Application(id).Withdraw(reason, actor, expectedVersion);

    public Task<ApplicationInfo?> ApplicationInfo(Guid id, Actor actor) => Application(id).Get(actor);

    /// <summary>One batch for a page of listing rows: the calls go out together, not one after another.</summary>
    public async Task<IReadOnlyDictionary<Guid, ApplicationInfo>> Applications(IReadOnlyCollection<Guid> ids, Actor actor)
    {
        var found = await Task.WhenAll(ids.Select(async id => (id, application: await ApplicationInfo(id, actor))));
        return found.Where(f => f.application is not null).ToDictionary(f => f.id, f => f.application!);
    }

    public Task<IReadOnlyList<AuditTrailEntry>> AuditTrail(Guid id, Actor actor) => Application(id).GetAuditTrail(actor);

    public Task<Page<ApplicationSummary>> CommissionQueue(string commissionId, string periodId, ApplicationStatus? status, PageRequest page, Actor actor) =>
        grains.GetGrain<ICommissionQueueGrain>(ListingKeys.CommissionQueue(commissionId, periodId)).GetPage(status, page, actor);

    public Task<Page<ApplicationSummary>> InstitutionApplications(string bin, string periodId, ApplicationStatus? status, PageRequest page, Actor actor) =>
        grains.GetGrain<IInstitutionApplicationsGrain>(ListingKeys.InstitutionPeriod(bin, periodId)).GetPage(status, page, actor);

    public Task<Page<ApplicationSummary>> LearnerApplications(string iin, ApplicationStatus? status, PageRequest page, Actor actor) =>
        grains.GetGrain<ILearnerGrain>(LearnerKeys.For(iin)).GetPage(status, page, actor);

    public Task<Page<PersonalDataRead>> PersonalDataReads(string iin, PageRequest page, Actor actor) =>
        grains.GetGrain<IPersonalDataReadsGrain>(LearnerKeys.For(iin)).GetPage(page, actor);

    public Task<PersonalDataExport> PersonalDataExport(string iin, Actor actor) =>
        grains.GetGrain<IPersonalDataExportGrain>(LearnerKeys.For(iin)).Export(actor);

    public async Task<CertificateRecord> RegisterVerifiedCertificate(CertificateInfo certificate, Actor actor) =>
        await grains.GetGrain<ICertificateGrain>(CertificateKeys.For(certificate)).RegisterVerified(certificate, actor);

    public Task<InDemandProfessionList> PublishInDemandProfessions(int year, IReadOnlyList<InDemandProfessionInfo> professions, Actor actor) =>
        grains.GetGrain<IInDemandProfessionsGrain>(year).Publish(professions, actor);

    public Task<InDemandProfessionList?> InDemandProfessions(int year) => grains.GetGrain<IInDemandProfessionsGrain>(year).Get();

    /// <summary>One feed batch: one call to the batch's grain, which fans the records out inside the cluster.</summary>
    public Task<CertificateFeedBatch> FeedCertificates(string idempotencyKey, IReadOnlyList<CertificateFeedRecord> records, Actor actor)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > CertificateFeedKeys.MaxIdempotencyKeyLength)
        {
            throw new Domain.Errors.DomainException(Domain.Errors.DomainErrorCode.Validation,
                Domain.Messages.Message.Of("platformClient.idempotencyKey", ("maxLength", CertificateFeedKeys.MaxIdempotencyKeyLength)), "idempotencyKey");
        }

        return grains.GetGrain<ICertificateFeedGrain>(CertificateFeedKeys.Batch(actor.SubjectId, idempotencyKey)).Submit(idempotencyKey, records, actor);
    }

    public Task<CertificateRecord?> Certificate(string registryKey, Actor actor) =>
        grains.GetGrain<ICertificateGrain>(registryKey).Get(actor);

    /// <summary>One scope's audit log for one UTC day; the log grain checks who may read it.</summary>
    public Task<Page<AuditRecord>> AuditLog(string scope, DateOnly day, PageRequest page, Actor actor) =>
        grains.GetGrain<IAuditLogGrain>(AuditScopes.Key(scope, day)).GetPage(page, actor);

    /// <summary>Grants one role; the person's grain judges who may (the domain's <c>RoleDelegation</c>).</summary>
    public Task<PersonRoles> GrantRole(ChangeRole command, Actor actor) =>
        grains.GetGrain<IPersonGrain>(PersonKeys.For(command.Person)).Grant(command, actor);

    /// <summary>Revokes one role, with the authority granting it needs.</summary>
    public Task<PersonRoles> RevokeRole(ChangeRole command, Actor actor) =>
        grains.GetGrain<IPersonGrain>(PersonKeys.For(command.Person)).Revoke(command, actor);

    /// <summary>
    /// Onboards an institution: its profile (as <see cref="RegisterInstitution"/>), then its head's role. Two writes, each
    /// retry-safe (the profile is written again as it is, the head's grant is held already), so a retry completes both.
    /// </summary>
    public async Task<InstitutionProfile> OnboardInstitution(string bin, RegisterInstitution profile, ChangeRole head, Actor actor)
    {
        var registered = await RegisterInstitution(bin, profile, actor);
        await GrantRole(head, actor);
        return registered;
    }

    /// <summary>Who holds roles at an institution; the listing grain checks who may read it.</summary>
    public Task<Page<RoleHolder>> RoleHolders(string bin, PageRequest page, Actor actor) =>
        grains.GetGrain<IInstitutionRoleHoldersGrain>(bin).GetPage(page, actor);

    private IApplicationGrain Application(Guid id) => grains.GetGrain<IApplicationGrain>(id);
}
