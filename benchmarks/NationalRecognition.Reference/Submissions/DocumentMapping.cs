using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Identity;

namespace NationalRecognition.Reference.Submissions;

/// <summary>A certificate given in full, as the domain's confirming document (validated by the Rules afterwards).</summary>
public static class DocumentMapping
{
    public static NonFormalEducationCertificate ToDomain(CertificateInput input, string field)
    {
        if (input.DocumentKind != DocumentKind.NonFormalEducationCertificate)
        {
            // The benchmark submits MOOC certificates; qualification certificates are outside the reference.
            throw new ReferenceRefusalException(DomainErrorCode.Validation,
                "The reference implementation takes certificates of non-formal education only.", $"{field}.documentKind");
        }

        if (input.IssuerKind is not { } issuerKind)
        {
            throw new ReferenceRefusalException(DomainErrorCode.Validation,
                "A certificate of non-formal education names its issuer kind (clause 10.1–10.4).", $"{field}.issuerKind", "10");
        }

        return new NonFormalEducationCertificate
        {
            Number = Required(input.Number, $"{field}.number"),
            IssueDate = input.IssueDate ?? throw Missing($"{field}.issueDate"),
            IssuerKind = issuerKind,
            IssuerSubKind = input.IssuerSubKind,
            IssuerName = Required(input.IssuerName, $"{field}.issuerName"),
            Platform = issuerKind == IssuerKind.MoocPlatform || input.Platform is not null ? MoocPlatforms.Recognise(input.Platform) : null,
            InDemandProfession = input.InDemandProfession,
            HolderName = Required(input.HolderName, $"{field}.holderName"),
            HolderIin = input.HolderIin is null ? null : Iin.Parse(input.HolderIin),
            VerificationUrl = input.VerificationUrl,
            Appendix = (input.Appendix ?? throw Missing($"{field}.appendix")).Select((entry, i) => new AppendixEntry(
                Required(entry.Name, $"{field}.appendix[{i}].name"),
                entry.Credits is null && entry.Hours is null ? null : new Volume(entry.Credits, entry.Hours),
                ToGrade(entry.Grade, $"{field}.appendix[{i}].grade"))).ToList(),
        };
    }

    private static Grade? ToGrade(GradeInput? grade, string field) => grade switch
    {
        null => null,
        { Kind: GradeKind.Percent, Value: { } percent } => new PercentGrade(percent, field),
        { Kind: GradeKind.Letter, Letter: { } letter } => new LetterGrade(Letters.Parse(letter, field)),
        { Kind: GradeKind.Points, Value: { } value, ScaleMax: { } max } => new PointsGrade(value, max, field),
        { Kind: GradeKind.PassFail, Passed: { } passed } => new PassFailGrade(passed),
        _ => throw new ReferenceRefusalException(DomainErrorCode.Validation, $"A {grade.Kind} grade needs its value.", field, "10"),
    };

    internal static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Missing(field) : value;

    internal static ReferenceRefusalException Missing(string field) => new(DomainErrorCode.Validation, $"{field} is required.", field);
}
