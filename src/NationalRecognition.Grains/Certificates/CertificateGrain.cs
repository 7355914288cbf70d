using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Infrastructure;
using NationalRecognition.Grains.Privacy;

namespace NationalRecognition.Grains.Certificates;

/// <summary>
/// One certificate of the registry. It holds the record verified at the source — the current version and the
/// earlier ones its source replaced — and every recognition granted on one of its appendix entries, so that the
/// same entry is never recognised twice for the same discipline at the same institution. A feed of 100,000
/// certificates touches each once: activations are collected soon after, so an import leaves no heap behind.
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed class CertificateGrain(
    [PersistentState("certificate", StorageNames.Recognition)] IPersistentState<CertificateState> state,
    IGrainFactory grains,
    TimeProvider time,
    IPersonalDataReadLog readLog)
    : Grain, ICertificateGrain
{
    [AuditedMutation]
    public async Task<CertificateRecord> RegisterVerified(CertificateInfo certificate, Actor actor)
    {
        await Register(certificate, actor, batchKey: null);
        return Record();
    }

    public async Task<FeedRecordResult> RegisterFromFeed(int index, CertificateInfo certificate, string batchKey, Actor actor)
    {
        try
        {
            var outcome = await Register(certificate, actor, batchKey);
            return new FeedRecordResult(index, certificate.Number, outcome, this.GetPrimaryKeyString(), state.State.CurrentVersion);
        }
        catch (DomainException refusal)
        {
            return FeedResults.Rejected(index, certificate.Number, refusal, this.GetPrimaryKeyString());
        }
    }

    public Task<HeldCertificate> GetForHolder(string holderIin)
    {
        if (state.State is not { Certificate: { } certificate, Source: CertificateSource.VerifiedByIssuer })
        {
            throw new DomainException(DomainErrorCode.NotFound,
                Message.Of("certificateGrain.verifiedCertificateNumber"), "registryKey");
        }

        SourceVerificationRules.EnsureHeldBy(certificate.HolderIin, holderIin, "registryKey");
        return Task.FromResult(new HeldCertificate(certificate, CertificateSource.VerifiedByIssuer, state.State.CurrentVersion));
    }

    public Task<CertificateRecord?> Get(Actor actor)
    {
        AccessPolicy.ReadCertificate(actor);
        if (state.State.Certificate is { HolderIin: { Length: > 0 } holderIin })
        {
            readLog.Record(actor, holderIin, PersonalDataReads.Certificate, this.GetPrimaryKeyString());
        }

        return Task.FromResult(state.State.Certificate is null ? null : Record());
    }

    public Task<RecognitionClaim?> FindConflictingClaim(string appendixEntryName, string institutionBin, string unitCode, Guid applicationId) =>
        Task.FromResult(Conflicting(new RecognitionClaim(appendixEntryName, institutionBin, unitCode, applicationId)));

    public async Task ClaimRecognition(CertificateInfo certificate, RecognitionClaim claim)
    {
        if (Conflicting(claim) is { } other)
        {
            throw new DomainException(DomainErrorCode.Conflict,
                Message.Of("certificateGrain.appendixEntryNameCertificateAlready", ("appendixEntryName", claim.AppendixEntryName), ("unitCode", claim.UnitCode), ("applicationId", other.ApplicationId)),
                "decisions");
        }

        if (state.State.Recognitions.Contains(claim))
        {
            return;
        }

        var next = state.State.Copy();
        var events = new List<PendingEvent>();
        if (next.Certificate is null)
        {
            next.Certificate = certificate;
            next.Source = CertificateSource.SubmittedByLearner;
            next.RecordedAt = time.GetUtcNow();
            next.Version = 1;
            events.Add(Pending(Registered(next), Actor.System));
        }

        next.Recognitions.Add(claim);
        events.Add(Pending(new CertificateRecognitionClaimed(this.GetPrimaryKeyString(), claim), Actor.System, claim.InstitutionBin));
        await state.CommitAsync(next, events, this);
    }

    /// <summary>
    /// Records a verified record: new (version 1), the same as the current one (nothing written), or changed (the next
    /// version, the current one moved to the history). Throws the refusal of an invalid record.
    /// </summary>
    private async Task<FeedOutcome> Register(CertificateInfo certificate, Actor actor, string? batchKey)
    {
        AccessPolicy.RegisterCertificate(actor);
        var key = CertificateKeys.For(certificate);
        if (key != this.GetPrimaryKeyString())
        {
            throw new DomainException(DomainErrorCode.Validation,
                Message.Of("certificateGrain.certificateIssuerNumber", ("key", key), ("expected", this.GetPrimaryKeyString())), "number");
        }

        var document = CertificateMapping.Validate(certificate, KazakhstanTime.Today(time), "certificate");
        var current = state.State;
        if (current is { Certificate: { } known, Source: CertificateSource.VerifiedByIssuer }
            && Fingerprint.Of(known) == Fingerprint.Of(certificate))
        {
            // The same record again; a replay of the batch that wrote it answers as that batch did.
            return batchKey is not null && current.LastBatchKey == batchKey && current.LastBatchOutcome is { } earlier
                ? earlier
                : FeedOutcome.Unchanged;
        }

        int? listVersion = document is NonFormalEducationCertificate { IssuerKind: IssuerKind.ElectronicLabourExchange } exchange
            ? await JudgeProfession(exchange)
            : null;

        var now = time.GetUtcNow();
        var next = current.Copy();
        var outcome = current is { Certificate: not null, Source: CertificateSource.VerifiedByIssuer } ? FeedOutcome.Updated : FeedOutcome.Accepted;
        if (current.Certificate is { } replaced)
        {
            next.History.Add(new CertificateVersion(current.CurrentVersion, replaced, current.RecordedAt));
        }

        next.Certificate = certificate;
        next.Source = CertificateSource.VerifiedByIssuer;
        next.RecordedAt = now;
        next.Version = current.CurrentVersion + 1;
        next.ProfessionListVersion = listVersion;
        next.LastBatchKey = batchKey;
        next.LastBatchOutcome = batchKey is null ? null : outcome;
        IPlatformEvent @event = next.Version == 1
            ? Registered(next)
            : new CertificateUpdated(key, next.Version, next.Source, certificate.IssueDate, certificate.InDemandProfession, listVersion);
        await state.CommitAsync(next, [Pending(@event, actor)], this);
        return outcome;
    }

    /// <summary>Clause 10.3: the profession must be on the list of the certificate's issue year; answers that list's version.</summary>
    private async Task<int> JudgeProfession(NonFormalEducationCertificate certificate)
    {
        var code = certificate.InDemandProfession!;
        var listed = await grains.GetGrain<IInDemandProfessionsGrain>(certificate.IssueDate.Year).Find(code);
        InDemandProfessionRules.EnsureListed(
            code, certificate.IssueDate, listed.ListPublished,
            listed.Profession is { } p ? new InDemandProfession(p.Code, p.NameKk, p.NameRu, p.ClassifierCodes) : null,
            "professionCode");
        return listed.ListVersion;
    }

    private CertificateRegistered Registered(CertificateState next) => new(
        this.GetPrimaryKeyString(), next.Source, next.Certificate!.DocumentKind, next.Certificate.IssuerKind, next.Certificate.Platform, next.Certificate.IssueDate);

    /// <summary>Certificates are the platform's registry: their events belong to no institution unless a claim names one.</summary>
    private PendingEvent Pending(IPlatformEvent @event, Actor actor, string? institutionBin = null) =>
        EventCatalogue.Pending(@event, actor, institutionBin, time.GetUtcNow());

    private RecognitionClaim? Conflicting(RecognitionClaim claim) =>
        state.State.Recognitions.Find(c =>
            c.ApplicationId != claim.ApplicationId
            && c.InstitutionBin == claim.InstitutionBin
            && c.UnitCode == claim.UnitCode
            && string.Equals(c.AppendixEntryName.Trim(), claim.AppendixEntryName.Trim(), StringComparison.OrdinalIgnoreCase));

    private CertificateRecord Record() => new(
        this.GetPrimaryKeyString(),
        state.State.Certificate!,
        state.State.Source,
        state.State.RecordedAt,
        state.State.Recognitions.ToList(),
        state.State.CurrentVersion,
        state.State.History.ToList());
}
