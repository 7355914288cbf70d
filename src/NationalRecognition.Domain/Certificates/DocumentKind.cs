namespace NationalRecognition.Domain.Certificates;

/// <summary>The kinds of confirming document an application may carry.</summary>
public enum DocumentKind
{
    /// <summary>Certificate of completion of non-formal education (clause 10), recognised against disciplines or modules.</summary>
    NonFormalEducationCertificate,

    /// <summary>Certificate of an accredited professional-qualification centre, recognised against modules.</summary>
    ProfessionalQualificationCertificate,
}
