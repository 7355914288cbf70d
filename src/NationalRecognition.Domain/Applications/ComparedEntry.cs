using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Applications;

/// <summary>The appendix entry a comparison is about: named in a certificate's appendix, or a qualification as one entry.</summary>
internal static class ComparedEntry
{
    public static AppendixEntry Of(ConfirmingDocument document, ApplicationUnit unit, string entryName, DateOnly submittedOn) => document switch
    {
        NonFormalEducationCertificate certificate => certificate.Appendix.FirstOrDefault(e => NameText.Same(e.Name, entryName))
            ?? throw new DomainException(DomainErrorCode.NotFound, Message.Of("comparedEntry.certificateAppendixEntry", ("entryName", entryName)), "appendixEntryName", "10"),
        ProfessionalQualificationCertificate qualification => QualificationEntry(qualification, unit, submittedOn),
        _ => throw new DomainException(DomainErrorCode.Validation, Message.Of("comparedEntry.unknownKindConfirming"), "documentIndex"),
    };

    /// <summary>The appendix entry of a compared name (a qualification's entry is its profession, with no course identifier).</summary>
    public static AppendixEntry Named(ConfirmingDocument document, string entryName) =>
        (document as NonFormalEducationCertificate)?.Appendix.FirstOrDefault(e => NameText.Same(e.Name, entryName))
        ?? new AppendixEntry(entryName, null, null);

    /// <summary>
    /// A qualification certificate has no appendix: it attests competence at a level. It is compared with a module
    /// whose level it matches, valid on the submission day, as one entry named after the profession, covering the
    /// module's volume, graded pass.
    /// </summary>
    private static AppendixEntry QualificationEntry(ProfessionalQualificationCertificate qualification, ApplicationUnit unit, DateOnly submittedOn)
    {
        if (unit.Syllabus.Kind != RequestedItemKind.Module || unit.QualificationLevel is not { } level)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("comparedEntry.certificateProfessionalQualification", ("code", unit.Code)),
                "unitCode");
        }

        ProfessionalQualificationRules.EnsureRecognisableAgainstModule(qualification, level, submittedOn);
        return new AppendixEntry(qualification.ProfessionName, Volume.OfCredits(unit.Syllabus.Credits), new PassFailGrade(true));
    }
}
