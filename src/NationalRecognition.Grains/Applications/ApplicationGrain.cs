using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Applications.Events;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.Certificates;
using NationalRecognition.Grains.Commissions;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Infrastructure;
using NationalRecognition.Grains.Privacy;
using Orleans.Placement;

namespace NationalRecognition.Grains.Applications;

/// <summary>
/// One application to a Commission. The grain gathers what a command is judged by (the institution, the Commission,
/// the documents, the version of the Rules, the clock), the <see cref="Application"/> aggregate judges it, and the grain
/// commits the next state with the event it raises in one durable write (<see cref="StateJournal"/>); the listings,
/// the audit log and the statistics follow from the event log. Commands are safe to retry: a submission by its
/// idempotency key, the others by the version the client saw (<c>expectedVersion</c>). An application is busy for
/// moments and then idle for days, so its activation is collected soon after. A new application activates in the silo
/// whose caller creates it (a gateway hosting a silo: the same process).
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
[PreferLocalPlacement]
public sealed class ApplicationGrain(
    [PersistentState("application", StorageNames.Recognition)] IPersistentState<ApplicationState> state,
    IGrainFactory grains,
    IEventStore eventStore,
    TimeProvider time,
    RuleVersionCatalogue ruleVersions,
    IPersonalDataReadLog readLog,
    ILearnerKeyStore keys)
    : Grain, IApplicationGrain, IAuditScoped, IRecordsOwnRefusals
{
    /// <summary>The refusal at the door this activation recorded last, so that the audit filter does not record it again.</summary>
    private Exception? _recordedRefusal;

    private ApplicationInfo Current => state.State.Application
        ?? throw new DomainException(DomainErrorCode.NotFound, Message.Of("applicationGrain.thereApplicationValue", ("applicationId", this.GetPrimaryKey())), "applicationId");

    /// <summary>The institution the application is addressed to, once it exists.</summary>
    public string? AuditScope => state.State.Application?.InstitutionBin;

    public bool HasRecorded(Exception refusal) => ReferenceEquals(refusal, _recordedRefusal);

    [AuditedMutation]
    public async Task<ApplicationInfo> Submit(SubmitApplication command, Actor actor)
    {
        AccessPolicy.Submit(actor, command.LearnerIin);
        var fingerprint = Fingerprint.Of(command);
        if (state.State.Application is { } existing)
        {
            return state.State.SubmissionFingerprint == fingerprint
                ? existing
                : throw new DomainException(DomainErrorCode.Conflict, Message.Of("applicationGrain.idempotencyKeyWas"), "idempotencyKey");
        }

        if (ApplicationIds.FromIdempotencyKey(command.LearnerIin, command.IdempotencyKey) != this.GetPrimaryKey())
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("applicationGrain.applicationIdDoes"), "idempotencyKey");
        }

        var now = time.StoredNow();
        var iin = Iin.Parse(command.LearnerIin, KazakhstanTime.DateOf(now));
        _ = Bin.Parse(command.InstitutionBin);
        var context = await grains.GetGrain<IInstitutionGrain>(command.InstitutionBin)
            .GetSubmissionContext(command.ProgrammeCode, command.AcademicPeriodId, command.UnitCodes);
        var ruleVersion = ruleVersions.InForceOn(KazakhstanTime.DateOf(now));
        var (submitted, commission, documents, provenance) = await AtTheDoor(command, context, iin, ruleVersion, actor, now);
        var next = new ApplicationState
        {
            SubmissionFingerprint = fingerprint,
            ProgrammeLevel = context.Programme.Level,
            Policy = context.Policy,
            DocumentKeys = documents.Select(CertificateKeys.For).ToList(),
        };
        var application = Submissions.Info(submitted, command, context, commission.Id, documents, provenance, now);
        var ledger = RecognitionWrites.Ledger(grains, application);
        await LedgerDuringUpgrade.OrSkipAsync(() => ledger.ClaimSubmission(application.Id, application.ProgrammeCode, Submissions.PutForward(submitted)));
        try
        {
            return await Commit(application, actor, fingerprint,
                snapshot => new ApplicationSubmitted(snapshot, ruleVersion.Id, context.Programme.Level, documents.Count,
                    CertificateMapping.PlatformsOf(documents), CertificateMapping.ProfessionsOf(documents)), next);
        }
        catch
        {
            // An application never stored holds nothing; a retry with its key claims again.
            await LedgerDuringUpgrade.OrSkipAsync(() => ledger.Release(application.Id, reservationOnly: false));
            throw;
        }
    }

    [AuditedMutation]
    public async Task<ApplicationInfo> StartReview(Actor actor, int? expectedVersion = null)
    {
        var application = Current;
        AccessPolicy.Review(actor, application.InstitutionBin);
        var fingerprint = Fingerprint.Of(nameof(StartReview));
        if (Repeated(expectedVersion, fingerprint) is { } repeated)
        {
            return repeated;
        }

        var next = Restore().StartReview().Next;
        return await Commit(application with { Status = next.Status }, actor, fingerprint, snapshot => new ApplicationReviewStarted(snapshot));
    }

    [AuditedMutation]
    public async Task<ApplicationInfo> RecordComparison(ComparisonAssessment comparison, Actor actor, int? expectedVersion = null)
    {
        var application = Current;
        AccessPolicy.Review(actor, application.InstitutionBin);
        var fingerprint = $"{nameof(RecordComparison)}:{Fingerprint.Of(comparison)}";
        if (Repeated(expectedVersion, fingerprint) is { } repeated)
        {
            return repeated;
        }

        var compared = Restore().RecordComparison(AggregateMapping.Request(comparison)).Events.OfType<EntryCompared>().Single();
        var entry = compared.Comparison.Result.CertificateEntryName;
        var claim = await RecognitionWrites.Certificate(grains, state.State, comparison.DocumentIndex)
            .FindConflictingClaim(entry, application.InstitutionBin, compared.Comparison.UnitCode, application.Id);
        if (claim is not null)
        {
            throw RecognitionWrites.DoubleRecognition(entry, comparison.UnitCode);
        }

        var comparisons = AggregateMapping.WithComparison(application, comparison, compared, time.StoredNow());
        return await Commit(application with { Comparisons = comparisons }, actor, fingerprint, snapshot => new ComparisonRecorded(
            snapshot, compared.Comparison.UnitCode, comparison.DocumentIndex, compared.Comparison.Result.Coverage.Fraction,
            compared.Comparison.Result.Volume.Verdict, compared.Recommendation.Kind.ToString()));
    }

    [AuditedMutation]
    public async Task<ApplicationInfo> Decide(DecideApplication command, Actor actor, int? expectedVersion = null)
    {
        var application = Current;
        AccessPolicy.Decide(actor, application.InstitutionBin);
        var fingerprint = $"{nameof(Decide)}:{Fingerprint.Of(command)}";
        if (Repeated(expectedVersion, fingerprint) is { } repeated)
        {
            // A decision committed before its recognitions were written (a crash, a storage fault) gets them written now.
            await RecordRecognitions();
            return repeated;
        }

        if (ApplicationLifecycle.IsFinal(application.Status))
        {
            await RecordRecognitions();
            throw CommandRetries.FinalAlready(application.Status);
        }

        var commission = await grains.GetGrain<ICommissionGrain>(application.CommissionId).Get()
            ?? throw new DomainException(DomainErrorCode.NotFound, Message.Of("applicationGrain.applicationCommissionLonger"), "commissionId");

        // Judged by the version in force on the submission day, derived again so that a corrected effective date counts.
        var ruleVersion = ruleVersions.InForceOn(KazakhstanTime.DateOf(application.SubmittedAt));
        var transition = Restore().Decide(AggregateMapping.Request(
            command, CommissionMapping.ToDomain(commission), KazakhstanTime.Today(time), actor.Role == ActorRole.System ? null : actor.SubjectId, ruleVersion));
        var decided = transition.Events.OfType<Decided>().Single();
        var courses = await RecognitionWrites.EnsureCanRecordAsync(grains, application, state.State, transition.Next, decided);

        var nextState = state.State.Copy();
        nextState.RecognisedCourses = courses;
        var record = AggregateMapping.Decision(decided.Decision, command.Protocol, time.StoredNow());
        ApplicationInfo result;
        try
        {
            result = await Commit(application with { Status = transition.Next.Status, Decision = record, RuleVersionId = ruleVersion.Id },
                actor, fingerprint, snapshot => new ApplicationDecided(snapshot, command.Protocol.Number, command.Protocol.Date, record.Units), nextState);
        }
        catch
        {
            // The reservation made for this decision goes with it; the application is still pending.
            await LedgerDuringUpgrade.OrSkipAsync(() => RecognitionWrites.Ledger(grains, application).Release(application.Id, reservationOnly: true));
            throw;
        }

        // Only a committed decision recognises anything outside the application.
        await RecordRecognitions();
        return result;
    }

    [AuditedMutation]
    public async Task<ApplicationInfo> Withdraw(string reason, Actor actor, int? expectedVersion = null)
    {
        var application = Current;
        AccessPolicy.Withdraw(actor, application.LearnerIin);
        var fingerprint = $"{nameof(Withdraw)}:{Fingerprint.Of(reason)}";
        if (Repeated(expectedVersion, fingerprint) is { } repeated)
        {
            return repeated;
        }

        var next = Restore().Withdraw(reason).Next;
        var key = await keys.GetOrCreateAsync(LearnerKeys.For(application.LearnerIin), time.GetUtcNow(), CancellationToken.None);
        var result = await Commit(application with { Status = next.Status, WithdrawalReason = next.WithdrawalReason }, actor, fingerprint,
            snapshot => new ApplicationWithdrawn(snapshot, PersonalDataCipher.Seal(key, next.WithdrawalReason!)));

        // After a withdrawal the learner may apply for the same course again.
        await LedgerDuringUpgrade.OrSkipAsync(() => RecognitionWrites.Ledger(grains, result).Release(result.Id, reservationOnly: false));
        return result;
    }

    public Task<ApplicationInfo?> Get(Actor actor)
    {
        AuthorizeRead(actor);
        RecordRead(actor, PersonalDataReads.Application);
        return Task.FromResult(state.State.Application);
    }

    public async Task<IReadOnlyList<AuditTrailEntry>> GetAuditTrail(Actor actor)
    {
        AuthorizeRead(actor);
        var trail = await ApplicationTrail.ReadAsync(eventStore, keys, this.GetGrainId(), actor);
        RecordRead(actor, PersonalDataReads.ApplicationTrail);
        return trail;
    }

    private void RecordRead(Actor actor, string what)
    {
        if (state.State.Application is { } application)
        {
            readLog.Record(actor, application.LearnerIin, what, application.Id.ToString());
        }
    }

    /// <summary>
    /// Judges the submission; a refusal for a rule reason (one citing a clause, a document not issued to the applicant
    /// among them) leaves a reasoned, dated record the learner can read back and contest. The caller is the learner
    /// (checked before), so the record is in their own application's trail.
    /// </summary>
    private async Task<(Application Submitted, CommissionInfo Commission, List<CertificateInfo> Documents, List<DocumentProvenance> Provenance)> AtTheDoor(
        SubmitApplication command, SubmissionContext context, Iin iin, RuleVersion ruleVersion, Actor actor, DateTimeOffset now)
    {
        try
        {
            var commission = await Submissions.EstablishedCommission(grains, context);
            var (documents, provenance) = await ConfirmingDocuments.ResolveAsync(grains, command, iin);
            var earlier = await Submissions.EarlierAsync(grains, command, this.GetPrimaryKey());
            var submitted = Application.Submit(Submissions.Of(this.GetPrimaryKey(), command, context, commission, documents, iin, ruleVersion, now) with { Earlier = earlier }).Next;
            return (submitted, commission, documents, provenance);
        }
        catch (DomainException refusal) when (refusal.Clause is not null)
        {
            await DoorRefusals.RecordAsync(eventStore, keys, this.GetGrainId(), this.GetPrimaryKey(), command, context.InstitutionBin, refusal, actor, now);
            _recordedRefusal = refusal;
            throw;
        }
    }

    private Application Restore() => AggregateMapping.Restore(Current, state.State);

    /// <summary>The committed decision's recognitions, written to the learner's ledger and the certificates' claims.</summary>
    private async Task RecordRecognitions()
    {
        if (state.State.RecognisedCourses is { } courses && Current.Decision is { } decision)
        {
            var recognised = decision.Units.Where(u => u.Recognised).Select(u => u.UnitCode);
            await RecognitionWrites.RecordAsync(grains, Current, state.State, DecisionRecognitions.Of(Restore(), recognised, courses, Current.InstitutionBin));
        }
    }

    /// <summary>Commits the next version of the application with the event it raises, in one write; nothing else runs before the answer.</summary>
    private async Task<ApplicationInfo> Commit(
        ApplicationInfo next, Actor actor, string fingerprint, Func<ApplicationSnapshot, IPlatformEvent> raise, ApplicationState? nextState = null)
    {
        nextState ??= state.State.Copy();
        var now = time.StoredNow();
        var application = next with { Version = next.Version + 1, UpdatedAt = now };
        nextState.Application = application;
        nextState.LastCommandFingerprint = fingerprint;
        var @event = EventCatalogue.Pending(raise(WorkflowMapping.Snapshot(application)), actor, application.InstitutionBin, now);
        await state.CommitAsync(nextState, [@event], this);
        return application;
    }

    private ApplicationInfo? Repeated(int? expectedVersion, string fingerprint) =>
        CommandRetries.Repeated(Current, state.State.LastCommandFingerprint, expectedVersion, fingerprint);

    /// <summary>
    /// Roles that never read applications are refused whether or not this one exists, so that the answer tells them
    /// nothing; others see nothing (null) until it exists, then only if it is theirs to see.
    /// </summary>
    private void AuthorizeRead(Actor actor)
    {
        AccessPolicy.ReadApplications(actor);
        if (state.State.Application is { } application)
        {
            AccessPolicy.ReadApplication(actor, application.LearnerIin, application.InstitutionBin);
        }
    }
}
