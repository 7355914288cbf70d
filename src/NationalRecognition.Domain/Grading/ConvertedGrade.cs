namespace NationalRecognition.Domain.Grading;

/// <summary>
/// A certificate grade expressed on the institution's scale. Pass/fail has no letter, no GPA points and no
/// percentage: it is recorded as passed or failed and does not count towards the GPA.
/// </summary>
public sealed record ConvertedGrade(
    Letter? Letter,
    decimal? GpaPoints,
    decimal? Percent,
    bool Passed,
    TraditionalMark? TraditionalMark,
    string ScaleId)
{
    public bool CountsTowardsGpa => GpaPoints is not null;
}
