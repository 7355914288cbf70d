using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Identity;

namespace NationalRecognition.Domain.Exchange;

/// <summary>A feed record that passed <see cref="ExchangeCertificateRules"/>: every field present and typed.</summary>
public sealed record ExchangeCertificate(
    string Number,
    Iin LearnerIin,
    string? LearnerName,
    string ProfessionCode,
    string CourseName,
    Volume Volume,
    Grade Grade,
    DateOnly IssueDate,
    string TrainingProvider,
    string? CourseCode = null);
