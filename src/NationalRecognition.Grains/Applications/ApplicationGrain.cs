using NationalRecognition.Contracts;
using System.Globalization;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.Recognitions;
using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.Certificates;
using NationalRecognition.Grains.Commissions;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Infrastructure;
using Orleans.Placement;

namespace NationalRecognition.Grains.Applications;

/// <summary>
/// One application to a Commission. A command is one durable write: the next state and the event it raises are
/// committed together (<see cref="StateJournal"/>); the listings, the audit log and the statistics follow from the
/// event log through the projector, after the answer. Commands are safe to retry: a submission by its idempotency
/// key, the others by the version the client saw (<c>expectedVersion</c>). An application is busy for moments and then
/// idle for days, so its activation is collected soon after: an admission peak leaves no growing heap behind. A new
/// application activates in the silo whose caller creates it (a gateway hosting a silo: the same process).
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
[PreferLocalPlacement]
public sealed class ApplicationGrain(
    [PersistentState("application", StorageNames.Recognition)] IPersistentState<ApplicationState> state,
    IGrainFactory grains,
    IEventStore eventStore,
    TimeProvider time,
    RuleVersionCatalogue ruleVersions)
    : Grain, IApplicationGrain, IAuditScoped
{
    private ApplicationInfo Current => state.State.Application
        ?? throw new DomainException(DomainErrorCode.NotFound, $"There is no application {this.GetPrimaryKey()}.", "applicationId");

    /// <summary>The institution the application is addressed to, once it exists.</summary>
    public string? AuditScope => state.State.Application?.InstitutionBin;

    [AuditedMutation]
    public async Task<ApplicationInfo> Submit(SubmitApplication command, Actor actor)
    {
        AccessPolicy.Submit(actor, command.LearnerIin);
        var fingerprint = Fingerprint.Of(command);
        if (state.State.Application is { } existing)
        {
            return state.State.SubmissionFingerprint == fingerprint
                ? existing
                : throw new DomainException(DomainErrorCode.Conflict,
                    "This idempotency key was already used for a different application.", "idempotencyKey");
        }

        if (ApplicationIds.FromIdempotencyKey(command.LearnerIin, command.IdempotencyKey) != this.GetPrimaryKey())
        {
            throw new DomainException(DomainErrorCode.Validation,
                "The application id does not belong to this learner and idempotency key.", "idempotencyKey");
        }

        var now = Now();
        var today = KazakhstanTime.DateOf(now);
        var iin = Iin.Parse(command.LearnerIin, today);
        _ = Domain.Identity.Bin.Parse(command.InstitutionBin);
        var context = await grains.GetGrain<IInstitutionGrain>(command.InstitutionBin)
            .GetSubmissionContext(command.ProgrammeCode, command.AcademicPeriodId, command.UnitCodes);
        var ruleVersion = ruleVersions.InForceOn(today);
        CommissionInfo commission;
        List<CertificateInfo> documents;
        List<DocumentProvenance> provenance;
        string addressee;
        try
        {
            commission = await EstablishedCommission(context);
            (documents, provenance) = await ResolveDocuments(command, iin);
            var namedPlatformsOnly = ruleVersion.Applies(RuleCheck.MoocNamedPlatforms);
            var submission = new ApplicationSubmission
            {
                ApplicantName = command.LearnerName,
                ApplicantIin = iin,
                AcademicPeriodId = command.AcademicPeriodId,
                Documents = documents.Select((d, i) => CertificateMapping.ToDomain(d, $"documents[{i}]", namedPlatformsOnly)).ToList(),
                Requested = context.RequestedUnits.Select(WorkflowMapping.Requested).ToList(),
                Text = command.Statement,
            };
            var domainCommission = CommissionMapping.ToDomain(commission);
            ApplicationRules.ValidateSubmission(
                submission, domainCommission, WorkflowMapping.Period(context.Period), now, ruleVersion, WorkflowMapping.TaughtIn(context));
            addressee = ApplicationRules.Addressee(domainCommission, today).Name;
        }
        catch (DomainException refusal) when (refusal.Clause is not null && refusal.Code != DomainErrorCode.Forbidden)
        {
            // A refusal for a rule reason leaves a reasoned, dated record the learner can read back and contest.
            await RecordRefusal(command, context.InstitutionBin, refusal, actor, now);
            throw;
        }

        var next = new ApplicationState
        {
            SubmissionFingerprint = fingerprint,
            ProgrammeLevel = context.Programme.Level,
            Policy = context.Policy,
            DocumentKeys = documents.Select(CertificateKeys.For).ToList(),
        };
        var application = new ApplicationInfo(
            this.GetPrimaryKey(), 0, ApplicationStatus.Submitted, command.LearnerIin, command.LearnerName.Trim(),
            command.InstitutionBin, commission.Id, addressee, command.ProgrammeCode, context.Period,
            context.RequestedUnits, documents, ruleVersion.Id, now, [], null, null, command.Statement, now, provenance);
        return await Commit(next, application, actor, fingerprint,
            summary => new ApplicationSubmitted(summary, ruleVersion.Id, context.Programme.Level, documents.Count,
                CertificateMapping.PlatformsOf(documents), CertificateMapping.ProfessionsOf(documents)));
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

        var status = ApplicationLifecycle.StartReview(application.Status);
        return await Commit(application with { Status = status }, actor, fingerprint, summary => new ApplicationReviewStarted(summary));
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

        if (application.Status != ApplicationStatus.UnderReview)
        {
            throw new DomainException(DomainErrorCode.InvalidTransition,
                $"Comparisons are recorded while the application is under review; it is {application.Status}.", "status", "9");
        }

        var result = Compare(application, comparison);
        var claim = await Certificate(comparison.DocumentIndex).FindConflictingClaim(
            result.CertificateEntryName, application.InstitutionBin, comparison.UnitCode, application.Id);
        if (claim is not null)
        {
            throw DoubleRecognition(result.CertificateEntryName, comparison.UnitCode);
        }

        var recommendation = RecommendationAdvisor.Recommend(result);
        var record = new ComparisonRecord(
            comparison,
            result.Coverage.Fraction,
            result.Coverage.IsComplete,
            result.Volume.CertificateCredits,
            result.Volume.DisciplineCredits,
            result.Volume.Verdict,
            WorkflowMapping.Display(result.Grade.Letter),
            result.Grade.GpaPoints,
            $"{recommendation.Kind}: {string.Join("; ", recommendation.Reasons)}",
            Now());
        var comparisons = application.Comparisons.Where(c => c.Input.UnitCode != comparison.UnitCode).Append(record).ToList();
        return await Commit(application with { Comparisons = comparisons }, actor, fingerprint, summary => new ComparisonRecorded(
            summary, comparison.UnitCode, comparison.DocumentIndex, result.Coverage.Fraction, result.Volume.Verdict, recommendation.Kind.ToString()));
    }

    [AuditedMutation]
    public async Task<ApplicationInfo> Decide(DecideApplication command, Actor actor, int? expectedVersion = null)
    {
        var application = Current;
        AccessPolicy.Decide(actor, application.InstitutionBin);
        var fingerprint = $"{nameof(Decide)}:{Fingerprint.Of(command)}";
        if (Repeated(expectedVersion, fingerprint) is { } repeated)
        {
            return repeated;
        }

        if (ApplicationLifecycle.IsFinal(application.Status))
        {
            throw new DomainException(DomainErrorCode.InvalidTransition,
                $"The application is already {application.Status}: a decision is final and cannot be changed.", "status");
        }

        var commissionInfo = await grains.GetGrain<ICommissionGrain>(application.CommissionId).Get()
            ?? throw new DomainException(DomainErrorCode.NotFound, "The application's Commission no longer exists.", "commissionId");
        var submittedOn = KazakhstanTime.DateOf(application.SubmittedAt);

        // Judged by the version in force on the submission day, derived again so that a corrected effective date counts.
        var ruleVersion = ruleVersions.InForceOn(submittedOn);
        var scale = WorkflowMapping.Scale(state.State.Policy);
        var requested = application.Units.Select(WorkflowMapping.Requested).ToList();
        var decisions = new List<DisciplineDecision>();
        var claims = new List<(int DocumentIndex, RecognitionClaim Claim)>();
        var courses = new List<CourseRecognition>();
        foreach (var (input, i) in command.Decisions.Select((d, i) => (d, i)))
        {
            var unit = application.Units.FirstOrDefault(u => u.Code == input.UnitCode)
                ?? throw new DomainException(DomainErrorCode.NotFound,
                    $"'{input.UnitCode}' is not among the disciplines or modules of this application.", $"decisions[{i}].unitCode");
            var item = WorkflowMapping.Requested(unit);
            if (!input.Recognised)
            {
                decisions.Add(DisciplineDecision.Refuse(item, input.Reason ?? string.Empty));
                continue;
            }

            var comparison = application.Comparisons.FirstOrDefault(c => c.Input.UnitCode == unit.Code);
            if (comparison is null && ruleVersion.Applies(RuleCheck.ComparisonBeforeRecognition))
            {
                throw new DomainException(DomainErrorCode.RuleViolation,
                    $"'{unit.Code}' cannot be recognised before the Commission records its comparison.", $"decisions[{i}]", "9");
            }

            if (comparison is null)
            {
                throw new DomainException(DomainErrorCode.Validation,
                    $"'{unit.Code}' has no recorded comparison, which names the certificate entry recognised.", $"decisions[{i}]");
            }

            var result = Compare(application, comparison.Input);

            // The Commission may state the grade carried over (a pass/fail or a qualification has no letter); it is converted through the institution's scale.
            var grade = CertificateMapping.ToGrade(input.Grade, $"decisions[{i}].grade") is { } stated
                ? GradeConverter.Convert(stated, scale)
                : result.Grade;
            decisions.Add(DisciplineDecision.Recognise(
                item, input.Credits, unit.Credits, grade, input.Partial ? RecognitionExtent.Part : RecognitionExtent.Whole));
            claims.Add((comparison.Input.DocumentIndex,
                new RecognitionClaim(result.CertificateEntryName, application.InstitutionBin, unit.Code, application.Id)));
            var document = CertificateMapping.ToDomain(application.Documents[comparison.Input.DocumentIndex], "document", namedPlatformsOnly: false);
            courses.Add(new CourseRecognition(CourseIdentity.Of(document, result.CertificateEntryName), unit.Code, 0m));
        }

        var decision = ApplicationDecision.Create(
            requested, decisions, WorkflowMapping.Protocol(command.Protocol), CommissionMapping.ToDomain(commissionInfo),
            new DecisionCircumstances(submittedOn, KazakhstanTime.Today(time), actor.Role == ActorRole.System ? null : actor.SubjectId));
        var status = ApplicationLifecycle.Decide(application.Status, decision);
        var recognised = decision.Decisions.OfType<RecognisedDiscipline>().ToList();
        courses = courses.Select(c => c with { Credits = recognised.First(r => r.Item.Code == c.UnitCode).Credits }).ToList();

        // One recognition per course and the cap per learner and programme, across this learner's applications here.
        await grains.GetGrain<ILearnerRecognitionsGrain>(LearnerRecognitionKeys.For(application.InstitutionBin, application.LearnerIin))
            .Recognise(application.Id, application.ProgrammeCode, courses, state.State.Policy.CreditCap);

        // Claims first: a retry after a crash here finds its own claims and goes on; another application's claim refuses.
        foreach (var (documentIndex, claim) in claims)
        {
            try
            {
                await Certificate(documentIndex).ClaimRecognition(application.Documents[documentIndex], claim);
            }
            catch (RecognitionException exception) when (exception.Code == DomainErrorCode.Conflict)
            {
                throw DoubleRecognition(claim.AppendixEntryName, claim.UnitCode);
            }
        }

        var record = new DecisionRecord(
            status,
            command.Protocol,
            decision.Decisions.Select(d => d switch
            {
                RecognisedDiscipline r => new UnitDecisionRecord(r.Item.Code, true, r.Credits, r.Extent == RecognitionExtent.Part,
                    WorkflowMapping.Display(r.Grade.Letter), r.Grade.GpaPoints, null),
                RefusedDiscipline f => new UnitDecisionRecord(f.Item.Code, false, 0m, false, null, null, f.Reason),
                _ => throw new InvalidOperationException($"Unknown decision {d.GetType().Name}."),
            }).ToList(),
            Now());
        return await Commit(application with { Status = status, Decision = record, RuleVersionId = ruleVersion.Id }, actor, fingerprint,
            summary => new ApplicationDecided(summary, command.Protocol.Number, command.Protocol.Date, record.Units));
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

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(DomainErrorCode.Validation, "Say why the application is withdrawn.", "reason");
        }

        var status = ApplicationLifecycle.Withdraw(application.Status);
        return await Commit(application with { Status = status, WithdrawalReason = reason.Trim() }, actor, fingerprint,
            summary => new ApplicationWithdrawn(summary, reason.Trim()));
    }

    public Task<ApplicationInfo?> Get(Actor actor)
    {
        AuthorizeRead(actor);
        return Task.FromResult(state.State.Application);
    }

    public async Task<IReadOnlyList<AuditTrailEntry>> GetAuditTrail(Actor actor)
    {
        AuthorizeRead(actor);

        // The application's own events are its trail, with any refusal at the door before it (the only trail of an
        // application never accepted): read from the log, not kept in the grain's state.
        var recorded = await eventStore.ReadStreamAsync(StateKey.Of(this.GetGrainId()).StreamId, CancellationToken.None);
        return recorded.Where(e => e.StreamVersion is not null || IsRefusalFor(e, actor))
            .Select(e => new AuditTrailEntry(
                e.StreamVersion ?? 0,
                e.OccurredAt,
                new Actor(e.SubjectId, ActorRoles.FromStoredName(e.Role), e.ActorInstitutionBin),
                e.EventType,
                EventCatalogue.Read(e)?.Describe() ?? string.Empty))
            .ToList();
    }

    /// <summary>A refusal at the door is shown to its learner, staff of the institution addressed, and administrators.</summary>
    private static bool IsRefusalFor(RecordedEvent recorded, Actor actor) =>
        recorded.StreamVersion is null
        && EventCatalogue.Read(recorded) is SubmissionRefusedAtDoor refusal
        && IsAllowed(() => AccessPolicy.ReadApplication(actor, refusal.LearnerIin, refusal.InstitutionBin));

    private static bool IsAllowed(Action check)
    {
        try
        {
            check();
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    /// <summary>
    /// Records a submission refused for a rule reason, with its clause and reason, in the application's stream and
    /// the institution's audit log: a dated trace the learner can read back (the application's trail) and contest.
    /// </summary>
    private async Task RecordRefusal(SubmitApplication command, string institutionBin, DomainException refusal, Actor actor, DateTimeOffset now)
    {
        var @event = new SubmissionRefusedAtDoor(
            this.GetPrimaryKey(), command.LearnerIin, institutionBin, command.AcademicPeriodId, refusal.Code.ToString(), refusal.Clause, refusal.Reason);
        await eventStore.AppendAsync(
            StateKey.Of(this.GetGrainId()).StreamId, EventCatalogue.Pending(@event, actor, institutionBin, now), CancellationToken.None);
    }

    /// <summary>
    /// Commits the next version of the application with the event it raises, in one write. Nothing else runs
    /// before the answer: the listings, audit log and statistics follow from the log.
    /// </summary>
    private async Task<ApplicationInfo> Commit(ApplicationInfo next, Actor actor, string fingerprint, Func<ApplicationSummary, IRecognitionEvent> raise) =>
        await Commit(state.State.Copy(), next, actor, fingerprint, raise);

    private async Task<ApplicationInfo> Commit(
        ApplicationState nextState, ApplicationInfo next, Actor actor, string fingerprint, Func<ApplicationSummary, IRecognitionEvent> raise)
    {
        var now = Now();
        var application = next with { Version = next.Version + 1, UpdatedAt = now };
        nextState.Application = application;
        nextState.LastCommandFingerprint = fingerprint;
        var @event = EventCatalogue.Pending(raise(WorkflowMapping.Summary(application)), actor, application.InstitutionBin, now);
        await state.CommitAsync(nextState, [@event], this);
        return application;
    }

    /// <summary>
    /// A command that carries the version the client saw: at that version it goes ahead (null); one version
    /// later, made by this very command, it is a retry and gets the same answer; anything else has changed since.
    /// </summary>
    private ApplicationInfo? Repeated(int? expectedVersion, string fingerprint)
    {
        if (expectedVersion is not { } expected || Current.Version == expected)
        {
            return null;
        }

        return Current.Version == expected + 1 && state.State.LastCommandFingerprint == fingerprint
            ? Current
            : throw new DomainException(DomainErrorCode.Conflict,
                $"The application is at version {Current.Version}, not {expected}: it changed since it was read. Read it again and decide on the current version.",
                "expectedVersion");
    }

    /// <summary>PostgreSQL keeps microseconds: instants are cut to them so that what is stored reads back equal.</summary>
    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMicrosecond));
    }

    /// <summary>
    /// Roles that never read applications are refused whether or not this one exists, so that the answer
    /// tells them nothing; others see nothing (null) until it exists, then only if it is theirs to see.
    /// </summary>
    private void AuthorizeRead(Actor actor)
    {
        AccessPolicy.ReadApplications(actor);
        if (state.State.Application is { } application)
        {
            AccessPolicy.ReadApplication(actor, application.LearnerIin, application.InstitutionBin);
        }
    }

    private DisciplineComparison Compare(ApplicationInfo application, ComparisonAssessment comparison)
    {
        var unit = application.Units.FirstOrDefault(u => u.Code == comparison.UnitCode)
            ?? throw new DomainException(DomainErrorCode.NotFound,
                $"'{comparison.UnitCode}' is not among the disciplines or modules of this application.", "unitCode");
        if (comparison.DocumentIndex < 0 || comparison.DocumentIndex >= application.Documents.Count)
        {
            throw new DomainException(DomainErrorCode.Validation,
                $"The application has {application.Documents.Count} document(s); there is no document {comparison.DocumentIndex}.", "documentIndex");
        }

        var submittedOn = KazakhstanTime.DateOf(application.SubmittedAt);
        var document = CertificateMapping.ToDomain(application.Documents[comparison.DocumentIndex], "document", namedPlatformsOnly: false);
        var entry = document switch
        {
            NonFormalEducationCertificate certificate => certificate.Appendix.FirstOrDefault(e =>
                    string.Equals(e.Name.Trim(), comparison.AppendixEntryName.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new DomainException(DomainErrorCode.NotFound,
                    $"The certificate's appendix has no entry '{comparison.AppendixEntryName}'.", "appendixEntryName", "10"),
            ProfessionalQualificationCertificate qualification => QualificationEntry(qualification, unit, submittedOn),
            _ => throw new InvalidOperationException($"Unknown document {document.GetType().Name}."),
        };

        return DisciplineComparison.Create(new Domain.Comparison.ComparisonInput
        {
            Syllabus = WorkflowMapping.Syllabus(unit),
            ContentMatches = comparison.ContentMatches,
            ObjectivesMatch = comparison.ObjectivesMatch,
            CoveredOutcomeIds = comparison.CoveredOutcomeIds.ToList(),
            CertificateEntry = entry,
            Level = state.State.ProgrammeLevel,
            Ratio = RecognitionSettings.Ratio(state.State.Policy.HoursPerCredit),
            Scale = WorkflowMapping.Scale(state.State.Policy),
        });
    }

    /// <summary>
    /// A qualification certificate has no appendix: it attests competence at a level. It is compared with a
    /// module whose level it matches, as one entry named after the profession, covering the module's volume,
    /// graded pass.
    /// </summary>
    private static AppendixEntry QualificationEntry(ProfessionalQualificationCertificate qualification, Contracts.Institutions.CurriculumUnit unit, DateOnly submittedOn)
    {
        if (unit.Kind != CurriculumUnitKind.Module || unit.QualificationLevel is not { } level)
        {
            throw new DomainException(DomainErrorCode.RuleViolation,
                $"A certificate of professional qualification is recognised against a module with a qualification level; '{unit.Code}' is not one.", "unitCode");
        }

        ProfessionalQualificationRules.EnsureRecognisableAgainstModule(qualification, level, submittedOn);
        return new AppendixEntry(qualification.ProfessionName, Volume.OfCredits(unit.Credits), new PassFailGrade(true));
    }

    private async Task<CommissionInfo> EstablishedCommission(SubmissionContext context)
    {
        var commission = context.ActiveCommissionId is null
            ? null
            : await grains.GetGrain<ICommissionGrain>(context.ActiveCommissionId).Get();
        return commission ?? throw new DomainException(DomainErrorCode.RuleViolation,
            $"Institution {context.InstitutionBin} has no Commission established by its head's order, so it cannot receive applications.",
            "institutionBin", "11");
    }

    /// <summary>
    /// The application's documents as attached: a registry certificate must be the learner's own (and is taken at its
    /// current version, verified at the source); a certificate typed in is taken as given, except one of the exchange,
    /// which clause 10.3 accepts only from the registry.
    /// </summary>
    private async Task<(List<CertificateInfo> Documents, List<DocumentProvenance> Provenance)> ResolveDocuments(SubmitApplication command, Iin learner)
    {
        var documents = new List<CertificateInfo>();
        var provenance = new List<DocumentProvenance>();
        foreach (var (document, i) in command.Documents.Select((d, i) => (d, i)))
        {
            var field = $"documents[{i}]";
            switch (document.RegistryKey, document.Certificate)
            {
                case ({ } key, null):
                    var held = await grains.GetGrain<ICertificateGrain>(key).GetForHolder(learner.Value);
                    var registryNameMatches = CertificateOwnership.Check(
                        held.Certificate.HolderIin, held.Certificate.HolderName, learner, command.LearnerName, fromRegistry: true, field);
                    documents.Add(held.Certificate);
                    provenance.Add(new DocumentProvenance(key, held.Source, held.Version, registryNameMatches));
                    break;
                case (null, { } supplied):
                    SourceVerificationRules.EnsureVerifiedAtSource(supplied.IssuerKind, fromRegistry: false, $"{field}.certificate");
                    var nameMatches = CertificateOwnership.Check(
                        supplied.HolderIin, supplied.HolderName, learner, command.LearnerName, fromRegistry: false, $"{field}.certificate");
                    documents.Add(supplied);
                    provenance.Add(new DocumentProvenance(null, CertificateSource.SubmittedByLearner, null, nameMatches));
                    break;
                default:
                    throw new DomainException(DomainErrorCode.Validation,
                        "A document is either a registry certificate (registryKey) or a certificate given in full, not both or neither.", field);
            }
        }

        return (documents, provenance);
    }

    private ICertificateGrain Certificate(int documentIndex) =>
        grains.GetGrain<ICertificateGrain>(state.State.DocumentKeys[documentIndex]);

    private static DomainException DoubleRecognition(string entry, string unitCode) =>
        new(DomainErrorCode.Conflict,
            $"'{entry}' of this certificate is already recognised for '{unitCode}' at this institution: the same outcome is not recognised twice.",
            "documentIndex");
}
