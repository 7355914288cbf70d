using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Certificates;

/// <summary>
/// One certificate of the registry. It holds the record verified at the source, and every recognition
/// granted on one of its appendix entries, so that the same entry is never recognised twice for the same
/// discipline at the same institution.
/// </summary>
public sealed class CertificateGrain(
    [PersistentState("certificate", StorageNames.Recognition)] IPersistentState<CertificateState> state,
    TimeProvider time)
    : Grain, ICertificateGrain
{
    [AuditedMutation]
    public async Task<CertificateRecord> RegisterVerified(CertificateInfo certificate, Actor actor)
    {
        AccessPolicy.RegisterCertificate(actor);
        var key = CertificateKeys.For(certificate);
        if (key != this.GetPrimaryKeyString())
        {
            throw new DomainException(DomainErrorCode.Validation,
                $"The certificate's issuer and number give registry key '{key}', not '{this.GetPrimaryKeyString()}'.", "number");
        }

        CertificateMapping.Validate(certificate, KazakhstanTime.Today(time), "certificate");
        if (state.State is { Certificate: { } known, Source: CertificateSource.VerifiedByIssuer })
        {
            return Fingerprint.Of(known) == Fingerprint.Of(certificate)
                ? Record()
                : throw new DomainException(DomainErrorCode.Conflict,
                    "A different certificate with this issuer and number is already registered.", "number");
        }

        var next = state.State.Copy();
        next.Certificate = certificate;
        next.Source = CertificateSource.VerifiedByIssuer;
        next.RecordedAt = time.GetUtcNow();
        await state.CommitAsync(next, [Pending(Registered(next), actor)], this);
        return Record();
    }

    public Task<CertificateInfo> GetForHolder(string holderIin)
    {
        if (state.State is not { Certificate: { } certificate, Source: CertificateSource.VerifiedByIssuer })
        {
            throw new DomainException(DomainErrorCode.NotFound,
                "No verified certificate with this number is in the registry.", "registryKey");
        }

        if (certificate.HolderIin != holderIin)
        {
            // Says nothing about whose it is: the record is personal data of another learner.
            throw new DomainException(DomainErrorCode.Forbidden,
                "This certificate was not issued to the applicant.", "registryKey");
        }

        return Task.FromResult(certificate);
    }

    public Task<CertificateRecord?> Get(Actor actor)
    {
        AccessPolicy.ReadCertificate(actor);
        return Task.FromResult(state.State.Certificate is null ? null : Record());
    }

    public Task<RecognitionClaim?> FindConflictingClaim(string appendixEntryName, string institutionBin, string unitCode, Guid applicationId) =>
        Task.FromResult(Conflicting(new RecognitionClaim(appendixEntryName, institutionBin, unitCode, applicationId)));

    public async Task ClaimRecognition(CertificateInfo certificate, RecognitionClaim claim)
    {
        if (Conflicting(claim) is { } other)
        {
            throw new DomainException(DomainErrorCode.Conflict,
                $"'{claim.AppendixEntryName}' of this certificate is already recognised for '{claim.UnitCode}' at this institution (application {other.ApplicationId}).",
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
            events.Add(Pending(Registered(next), Actor.System));
        }

        next.Recognitions.Add(claim);
        events.Add(Pending(new CertificateRecognitionClaimed(this.GetPrimaryKeyString(), claim), Actor.System, claim.InstitutionBin));
        await state.CommitAsync(next, events, this);
    }

    private CertificateRegistered Registered(CertificateState next) => new(
        this.GetPrimaryKeyString(), next.Source, next.Certificate!.DocumentKind, next.Certificate.IssuerKind, next.Certificate.Platform, next.Certificate.IssueDate);

    /// <summary>Certificates are the platform's registry: their events belong to no institution unless a claim names one.</summary>
    private PendingEvent Pending(IRecognitionEvent @event, Actor actor, string? institutionBin = null) =>
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
        state.State.Recognitions.ToList());
}
