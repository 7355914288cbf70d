using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// The institution's settings the application is judged by, fixed at submission: the programme's level, the
/// credit-hour ratio and the grade scale.
/// </summary>
public sealed record ApplicationTerms(InstitutionKind Level, CreditHourRatio Ratio, GradeScale Scale)
{
    public static ApplicationTerms Higher { get; } = new(InstitutionKind.Higher, CreditHourRatio.Default, GradeScale.Default);
}
