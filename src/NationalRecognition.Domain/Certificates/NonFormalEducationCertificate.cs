using NationalRecognition.Domain.Identity;

namespace NationalRecognition.Domain.Certificates;

/// <summary>A certificate of completion of non-formal education (clause 10): free form plus an appendix.</summary>
public sealed record NonFormalEducationCertificate : ConfirmingDocument
{
    public override DocumentKind Kind => DocumentKind.NonFormalEducationCertificate;

    public required IssuerKind IssuerKind { get; init; }

    /// <summary>Required for 10.1 and 10.2, absent for 10.3 and 10.4.</summary>
    public IssuerSubKind? IssuerSubKind { get; init; }

    public required string IssuerName { get; init; }

    /// <summary>Required for 10.4 (use <see cref="MoocPlatforms.Recognise"/> on the written name).</summary>
    public MoocPlatform? Platform { get; init; }

    /// <summary>For 10.3: the in-demand profession (from the exchange's dated external list) the course belongs to.</summary>
    public string? InDemandProfession { get; init; }

    /// <summary>
    /// For a training centre of an employer (10.2): the number of its licence for, or notification of, educational
    /// activity — the right to educational activity the clause requires of such a centre.
    /// </summary>
    public string? EducationalActivityRight { get; init; }

    /// <summary>For training at the employer's workplace (10.2): the reference of the employer's request for it.</summary>
    public string? EmployerRequestReference { get; init; }

    public required string HolderName { get; init; }

    public Iin? HolderIin { get; init; }

    /// <summary>The link a MOOC platform gives to verify the certificate, when there is one.</summary>
    public string? VerificationUrl { get; init; }

    public required IReadOnlyList<AppendixEntry> Appendix { get; init; }
}
