using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Domain.Grading;

namespace NationalRecognition.Grains.Exchange;

/// <summary>A feed record as the exchange's certificate (clause 10.3) in the registry's form.</summary>
internal static class ExchangeFeedMapping
{
    public static ExchangeCertificateRecord ToDomain(CertificateFeedRecord record) => new()
    {
        Number = record.Number,
        LearnerIin = record.LearnerIin,
        LearnerName = record.LearnerName,
        ProfessionCode = record.ProfessionCode,
        CourseName = record.CourseName,
        Hours = record.Hours,
        Credits = record.Credits,
        Grade = record.Grade,
        IssueDate = record.IssueDate,
        TrainingProvider = record.TrainingProvider,
        CourseCode = record.CourseCode,
    };

    /// <summary>The certificate of a valid record: issued by the exchange, its course the one appendix entry.</summary>
    public static CertificateInfo ToCertificate(ExchangeCertificate certificate) => new(
        DocumentKind.NonFormalEducationCertificate,
        IssuerKind.ElectronicLabourExchange,
        null,
        CertificateKeys.ExchangeIssuer,
        null,
        certificate.Number,
        certificate.IssueDate,
        certificate.LearnerName ?? string.Empty,
        certificate.LearnerIin.Value,
        [new AppendixEntryInfo(certificate.CourseName, certificate.Volume.Credits, certificate.Volume.Hours, ToGrade(certificate.Grade), certificate.CourseCode)],
        InDemandProfession: certificate.ProfessionCode,
        TrainingProvider: certificate.TrainingProvider);

    private static GradeInfo ToGrade(Grade grade) => grade switch
    {
        PercentGrade percent => new GradeInfo(GradeKind.Percent, percent.Percent),
        LetterGrade letter => new GradeInfo(GradeKind.Letter, Letter: Letters.Display(letter.Letter)),
        PointsGrade points => new GradeInfo(GradeKind.Points, points.Value, points.ScaleMax),
        PassFailGrade passFail => new GradeInfo(GradeKind.PassFail, Passed: passFail.Passed),
        _ => throw new InvalidOperationException($"Unknown grade {grade.GetType().Name}."),
    };
}
