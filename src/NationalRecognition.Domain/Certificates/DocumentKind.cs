namespace NationalRecognition.Domain.Certificates;

/// <summary>The kinds of confirming document an application may carry.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum DocumentKind
{
    /// <summary>Certificate of completion of non-formal education (clause 10), recognised against disciplines or modules.</summary>
    NonFormalEducationCertificate = 0,

    /// <summary>Certificate of an accredited professional-qualification centre, recognised against modules.</summary>
    ProfessionalQualificationCertificate = 1,
}
