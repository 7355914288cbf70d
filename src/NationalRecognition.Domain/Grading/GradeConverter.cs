namespace NationalRecognition.Domain.Grading;

/// <summary>
/// Converts a certificate grade to the institution's scale. No national conversion formula exists, so this is the
/// plain reading: percent → its band; points → percent of the scale maximum → band; letter → itself;
/// pass/fail → passed/failed without letter or GPA points.
/// </summary>
public static class GradeConverter
{
    public static ConvertedGrade Convert(Grade grade, GradeScale scale) => grade switch
    {
        PercentGrade p => FromPercent(p.Percent, scale),
        PointsGrade p => FromPercent(p.Value / p.ScaleMax * 100m, scale),
        LetterGrade l => FromBand(scale.BandFor(l.Letter), null, scale),
        PassFailGrade pf => new ConvertedGrade(null, null, null, pf.Passed, null, scale.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown grade form."),
    };

    private static ConvertedGrade FromPercent(decimal percent, GradeScale scale) =>
        FromBand(scale.BandForPercent(percent), percent, scale);

    private static ConvertedGrade FromBand(GradeBand band, decimal? percent, GradeScale scale) =>
        new(band.Letter, band.GpaPoints, percent, Letters.IsPassing(band.Letter), GradeScale.TraditionalMarkOf(band.Letter), scale.Id);
}
