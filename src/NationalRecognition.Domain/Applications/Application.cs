using NationalRecognition.Domain.Applications.Events;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Domain.Recognitions;
using NationalRecognition.Domain.RuleVersions;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// One application, from submission to decision or withdrawal, as a pure aggregate: each command takes the state and
/// what the grain gathered, and answers the next state with the events to raise, or refuses with a
/// <see cref="DomainException"/>. Nothing here reads a clock, a store or another grain.
/// </summary>
public sealed record Application
{
    private Application(Guid id, NewApplication request, string addressedTo)
    {
        Id = id;
        Status = ApplicationStatus.Submitted;
        ApplicantName = request.Submission.ApplicantName.Trim();
        ProgrammeCode = request.ProgrammeCode;
        PeriodId = request.Period.Id;
        Units = request.Units;
        Documents = request.Submission.Documents;
        Terms = request.Terms;
        RuleVersionId = request.RuleVersion.Id;
        SubmittedAt = request.Now;
        AddressedTo = addressedTo;
    }

    private Application(StoredApplication stored)
    {
        Id = stored.Id;
        Status = stored.Status;
        ApplicantName = stored.ApplicantName;
        ProgrammeCode = stored.ProgrammeCode;
        PeriodId = stored.PeriodId;
        Units = stored.Units;
        Documents = stored.Documents;
        Terms = stored.Terms;
        RuleVersionId = stored.RuleVersionId;
        SubmittedAt = stored.SubmittedAt;
        AddressedTo = stored.AddressedTo;
        WithdrawalReason = stored.WithdrawalReason;
    }

    /// <summary>The addressee where the version of the Rules does not address applications to the chair.</summary>
    public const string CommissionAsAddressee = "The Commission";

    public Guid Id { get; }

    public ApplicationStatus Status { get; private init; }

    public string ApplicantName { get; }

    public string ProgrammeCode { get; }

    /// <summary>The period the learner named, in which they will study the units.</summary>
    public string PeriodId { get; }

    public IReadOnlyList<ApplicationUnit> Units { get; }

    public IReadOnlyList<ConfirmingDocument> Documents { get; }

    public ApplicationTerms Terms { get; }

    /// <summary>The version of the Rules in force on the submission day, by which the application is judged.</summary>
    public string RuleVersionId { get; private init; }

    public DateTimeOffset SubmittedAt { get; }

    /// <summary>The submission day in Kazakhstan.</summary>
    public DateOnly SubmittedOn => KazakhstanTime.DateOf(SubmittedAt);

    /// <summary>The chair in office on the submission day, to whom the application is addressed (clause 13.1).</summary>
    public string AddressedTo { get; }

    /// <summary>Every appendix entry compared with a unit, in the order recorded.</summary>
    public IReadOnlyList<RecordedComparison> Comparisons { get; private init; } = [];

    public ApplicationDecision? Decision { get; private init; }

    public string? WithdrawalReason { get; private init; }

    /// <summary>
    /// Clause 13 at the door: the content, the Commission, the named period's deadline, the named period being one in
    /// which every requested unit is taught, and no course and unit already pending or recognised at the institution.
    /// </summary>
    public static ApplicationTransition Submit(NewApplication request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var submission = request.Submission;
        EnsureUnitsAreTheRequested(submission, request.Units);
        ApplicationRules.ValidateSubmission(submission, request.Commission, request.Period, request.Now, request.RuleVersion);
        if (request.RuleVersion.Applies(RuleCheck.BeforePeriodStart))
        {
            TeachingPeriods.EnsureTaughtIn(request.Units, request.Period);
        }

        var today = KazakhstanTime.DateOf(request.Now);
        CourseAndUnitRule.EnsureNotPendingOrRecognised(submission.Documents, request.Units, request.Earlier);
        var addressee = ApplicationRules.Addressee(request.Commission, today, request.RuleVersion)?.Name ?? CommissionAsAddressee;
        var next = new Application(request.Id, request, addressee);
        return new(next, [new Submitted(next.Id, addressee, next.RuleVersionId, next.SubmittedAt)]);
    }

    /// <summary>
    /// The application as stored, to judge its next command: its comparisons are worked out again from what the
    /// Commission recorded, as <see cref="RecordComparison"/> works them out, so that a decision rests on the same findings.
    /// </summary>
    public static Application Restore(StoredApplication stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var application = new Application(stored);
        foreach (var request in stored.Comparisons)
        {
            application = application.With(application.Compare(request));
        }

        return application;
    }

    public ApplicationTransition StartReview() =>
        new(this with { Status = ApplicationLifecycle.StartReview(Status) }, [new ReviewStarted(Id)]);

    /// <summary>
    /// Records one entry's comparison with one unit, while under review (clause 9). A new comparison of the same entry
    /// replaces the earlier one; other entries compared with the unit stay and combine with it.
    /// </summary>
    public ApplicationTransition RecordComparison(EntryComparisonRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Status != ApplicationStatus.UnderReview)
        {
            throw new DomainException(
                DomainErrorCode.InvalidTransition,
                Message.Of("application.comparisonsAreRecorded", ("status", Status)),
                "status",
                "9");
        }

        var recorded = Compare(request);
        return new(With(recorded), [new EntryCompared(Id, recorded, RecommendationAdvisor.Recommend(recorded.Result))]);
    }

    /// <summary>
    /// The Commission's decision as its protocol records it. A recognition rests on the unit's recorded comparison and
    /// may not contradict it (clause 9, with the coverage the regulation requires); its grade is the confirmed one
    /// through the institution's scale; the protocol's meeting, quorum, signer and votes follow the regulation
    /// (clause 22).
    /// </summary>
    public ApplicationTransition Decide(DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ApplicationLifecycle.IsFinal(Status))
        {
            throw new DomainException(
                DomainErrorCode.InvalidTransition,
                Message.Of("application.applicationAlreadyStatus", ("status", Status)),
                "status");
        }

        var coverage = request.Commission.CompositionOn(request.Protocol.Date).Regulation.Coverage;
        var decisions = new List<DisciplineDecision>();
        var recognitions = new List<HeldRecognition>();
        foreach (var (verdict, i) in Guard.List(request.Verdicts, "decisions").Select((v, i) => (v, i)))
        {
            var unit = UnitOf(verdict.UnitCode, $"decisions[{i}].unitCode");
            if (!verdict.Recognised)
            {
                decisions.Add(DisciplineDecision.Refuse(unit.Item, verdict.Reason ?? string.Empty));
                continue;
            }

            var compared = ComparisonsOf(unit, i, request.RuleVersion);
            var extent = verdict.Partial ? RecognitionExtent.Part : RecognitionExtent.Whole;
            var combined = UnitComparison.Of(compared.Select(c => c.Result));
            combined.EnsureSupports(extent, coverage);
            var grade = RecognisedGrade.Resolve(combined.ConfirmedGrade!, verdict.StatedGrade, Terms.Scale, unit.Code, $"decisions[{i}].grade");
            var recognised = DisciplineDecision.Recognise(unit.Item, verdict.Credits, unit.Syllabus.Credits, grade, extent);
            decisions.Add(recognised);
            recognitions.AddRange(CoursesOf(compared, combined, recognised));
        }

        var decision = ApplicationDecision.Create(
            Units.Select(u => u.Item).ToArray(),
            decisions,
            request.Protocol,
            request.Commission,
            new DecisionCircumstances(SubmittedOn, request.Today, request.RecordedBySubjectId));
        var status = ApplicationLifecycle.Decide(Status, decision);
        var next = this with { Status = status, Decision = decision, RuleVersionId = request.RuleVersion.Id };
        return new(next, [new Decided(Id, decision, recognitions, request.RuleVersion.Id)]);
    }

    /// <summary>The learner withdraws before the decision, saying why.</summary>
    public ApplicationTransition Withdraw(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("application.sayWhyApplication"), "reason");
        }

        var status = ApplicationLifecycle.Withdraw(Status);
        var trimmed = reason.Trim();
        return new(this with { Status = status, WithdrawalReason = trimmed }, [new Withdrawn(Id, trimmed)]);
    }

    /// <summary>The comparisons a recognition of the unit rests on; none is refused citing clause 9 where the version requires them.</summary>
    private RecordedComparison[] ComparisonsOf(ApplicationUnit unit, int index, RuleVersion version)
    {
        var compared = Comparisons.Where(c => c.IsForUnit(unit.Code)).ToArray();
        if (compared.Length > 0)
        {
            return compared;
        }

        throw version.Applies(RuleCheck.ComparisonBeforeRecognition)
            ? new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("application.codeCannotRecognised", ("code", unit.Code)),
                $"decisions[{index}]",
                "9")
            : new DomainException(
                DomainErrorCode.Validation,
                Message.Of("application.codeRecordedComparison", ("code", unit.Code)),
                $"decisions[{index}]");
    }

    /// <summary>One course per supporting entry; the unit's credits on the first, so that a cap counts them once.</summary>
    private IEnumerable<HeldRecognition> CoursesOf(IReadOnlyList<RecordedComparison> compared, UnitComparison combined, RecognisedDiscipline recognised) =>
        compared
            .Where(c => combined.Supporting.Contains(c.Result))
            .Select((c, n) => new HeldRecognition(
                CourseIdentity.Of(Documents[c.DocumentIndex], ComparedEntry.Named(Documents[c.DocumentIndex], c.Result.CertificateEntryName)),
                recognised.Item.Code,
                ProgrammeCode,
                n == 0 ? recognised.Credits : 0m,
                Id));

    /// <summary>One entry compared with one unit (clause 9), as recorded.</summary>
    private RecordedComparison Compare(EntryComparisonRequest request)
    {
        var unit = UnitOf(request.UnitCode, "unitCode");
        var document = DocumentAt(request.DocumentIndex);
        var entry = ComparedEntry.Of(document, unit, request.AppendixEntryName, SubmittedOn);
        var result = DisciplineComparison.Create(new ComparisonInput
        {
            Syllabus = unit.Syllabus,
            ContentMatches = request.ContentMatches,
            ObjectivesMatch = request.ObjectivesMatch,
            CoveredOutcomeIds = request.CoveredOutcomeIds,
            CertificateEntry = entry,
            Level = Terms.Level,
            Ratio = Terms.Ratio,
            Scale = Terms.Scale,
        });
        return new RecordedComparison(unit.Code, request.DocumentIndex, result);
    }

    /// <summary>A new comparison of the same entry replaces the earlier one; other entries compared with the unit stay.</summary>
    private Application With(RecordedComparison recorded) => this with
    {
        Comparisons = Comparisons
            .Where(c => !c.IsFor(recorded.UnitCode, recorded.DocumentIndex, recorded.Result.CertificateEntryName))
            .Append(recorded)
            .ToArray(),
    };

    private ApplicationUnit UnitOf(string code, string field) =>
        Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.Ordinal))
        ?? throw new DomainException(DomainErrorCode.NotFound, Message.Of("application.codeAmongDisciplines", ("code", code)), field);

    private ConfirmingDocument DocumentAt(int index) =>
        index >= 0 && index < Documents.Count
            ? Documents[index]
            : throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("application.applicationCountDocument", ("count", Documents.Count), ("index", index)),
                "documentIndex");

    private static void EnsureUnitsAreTheRequested(ApplicationSubmission submission, IReadOnlyList<ApplicationUnit> units)
    {
        var requested = submission.Requested ?? [];
        if (units.Count != requested.Count || units.Zip(requested).Any(p => !p.First.Item.IsSameItemAs(p.Second)))
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("application.programmeUnitsRequested"),
                "Requested");
        }
    }
}
