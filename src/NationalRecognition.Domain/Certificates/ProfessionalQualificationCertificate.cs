using NationalRecognition.Domain.Identity;

namespace NationalRecognition.Domain.Certificates;

/// <summary>
/// A certificate of an accredited centre for recognition of professional qualifications, recorded on the national
/// qualifications system's platform. Recognised against modules of the same qualification level.
/// </summary>
public sealed record ProfessionalQualificationCertificate : ConfirmingDocument
{
    public override DocumentKind Kind => DocumentKind.ProfessionalQualificationCertificate;

    public required Iin HolderIin { get; init; }

    /// <summary>The profession's code in the register of professions.</summary>
    public required string ProfessionCode { get; init; }

    public required string ProfessionName { get; init; }

    /// <summary>Qualification level 1–8.</summary>
    public required int QualificationLevel { get; init; }

    public required string CentreName { get; init; }

    /// <summary>The centre's accreditation (certificate number).</summary>
    public required string CentreAccreditation { get; init; }

    /// <summary>Last day of validity; null when the certificate does not expire.</summary>
    public DateOnly? ValidUntil { get; init; }
}
