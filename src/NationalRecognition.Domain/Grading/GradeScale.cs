using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Grading;

/// <summary>
/// A versioned letter scale. Institutions choose theirs (the current one with FX, or the older one without FX),
/// so every conversion records the scale id it used.
/// </summary>
public sealed record GradeScale
{
    public GradeScale(string id, string name, IEnumerable<GradeBand> bands)
    {
        Id = Guard.Required(id, "GradeScale.Id");
        Name = Guard.Required(name, "GradeScale.Name");
        var ordered = Guard.List(bands, "GradeScale.Bands").OrderByDescending(b => b.MinPercent).ToArray();
        Validate(ordered);
        Bands = ordered;
    }

    /// <summary>The point-rating letter scale with FX (25–49 %), the default.</summary>
    public static GradeScale PointRatingWithFx { get; } = new(
        "point-rating-with-fx",
        "Point-rating letter scale with FX",
        [
            new(Letter.A, 4.0m, 95, 100),
            new(Letter.AMinus, 3.67m, 90, 94),
            new(Letter.BPlus, 3.33m, 85, 89),
            new(Letter.B, 3.0m, 80, 84),
            new(Letter.BMinus, 2.67m, 75, 79),
            new(Letter.CPlus, 2.33m, 70, 74),
            new(Letter.C, 2.0m, 65, 69),
            new(Letter.CMinus, 1.67m, 60, 64),
            new(Letter.DPlus, 1.33m, 55, 59),
            new(Letter.D, 1.0m, 50, 54),
            new(Letter.FX, 0.5m, 25, 49),
            new(Letter.F, 0m, 0, 24),
        ]);

    /// <summary>The older scale without FX: F covers 0–49 %.</summary>
    public static GradeScale PointRatingWithoutFx { get; } = new(
        "point-rating-without-fx",
        "Point-rating letter scale without FX (older)",
        PointRatingWithFx.Bands
            .Where(b => b.Letter is not (Letter.FX or Letter.F))
            .Append(new GradeBand(Letter.F, 0m, 0, 49)));

    public static GradeScale Default => PointRatingWithFx;

    public string Id { get; }

    public string Name { get; }

    /// <summary>Bands, best first.</summary>
    public IReadOnlyList<GradeBand> Bands { get; }

    /// <summary>
    /// The band of a percentage. Lower bounds decide and nothing is rounded: 94.5 % is below 95 % and so A-.
    /// </summary>
    public GradeBand BandForPercent(decimal percent)
    {
        if (percent is < 0 or > 100)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("gradeScale.percentageBetweenGot", ("percent", percent)), "Percent");
        }

        return Bands.First(b => percent >= b.MinPercent);
    }

    public GradeBand BandFor(Letter letter) =>
        Bands.FirstOrDefault(b => b.Letter == letter)
        ?? throw new DomainException(
            DomainErrorCode.Validation,
            Message.Of("gradeScale.letterValueScale", ("letter", Letters.Display(letter)), ("name", Name)),
            "Grade");

    /// <summary>A, A- → 5; B+, B, B- → 4; C+ … D → 3; FX, F → 2.</summary>
    public static TraditionalMark TraditionalMarkOf(Letter letter) => letter switch
    {
        Letter.A or Letter.AMinus => TraditionalMark.Excellent,
        Letter.BPlus or Letter.B or Letter.BMinus => TraditionalMark.Good,
        Letter.CPlus or Letter.C or Letter.CMinus or Letter.DPlus or Letter.D => TraditionalMark.Satisfactory,
        _ => TraditionalMark.Unsatisfactory,
    };

    private static void Validate(GradeBand[] bands)
    {
        if (bands.Length == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("gradeScale.gradeScaleNeeds"), "GradeScale.Bands");
        }

        if (bands[^1].MinPercent != 0 || bands[0].MaxPercent != 100)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("gradeScale.gradeScaleCover"), "GradeScale.Bands");
        }

        if (bands.Select(b => b.Letter).Distinct().Count() != bands.Length
            || bands.Select(b => b.MinPercent).Distinct().Count() != bands.Length)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("gradeScale.gradeScaleMay"), "GradeScale.Bands");
        }

        for (var i = 1; i < bands.Length; i++)
        {
            if (bands[i].GpaPoints > bands[i - 1].GpaPoints)
            {
                throw new DomainException(DomainErrorCode.Validation, Message.Of("gradeScale.lowerBandCannot"), "GradeScale.Bands");
            }
        }
    }
}
