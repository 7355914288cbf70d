using System.Globalization;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Grading;

/// <summary>
/// A grade as written on a certificate's appendix (clause 10): a percentage, a letter, points on a stated
/// scale, or pass/fail. Certificates in practice carry any of these, so none is privileged.
/// </summary>
public abstract record Grade
{
    private protected Grade()
    {
    }

    /// <summary>
    /// Reads the usual written forms: "87%", "87 %", "4/5", "87/100", "A-", "B+", "pass", "fail".
    /// </summary>
    public static Grade Parse(string? text, string field = "Grade")
    {
        var value = Guard.Required(text, field, "10");
        var lower = value.ToLowerInvariant();
        if (lower is "pass" or "passed" or "зачтено" or "сынақ тапсырылды")
        {
            return new PassFailGrade(true);
        }

        if (lower is "fail" or "failed" or "не зачтено")
        {
            return new PassFailGrade(false);
        }

        if (value.EndsWith('%'))
        {
            return new PercentGrade(ParseNumber(value[..^1], field), field);
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            return new PointsGrade(ParseNumber(value[..slash], field), ParseNumber(value[(slash + 1)..], field), field);
        }

        return new LetterGrade(Letters.Parse(value, field));
    }

    private static decimal ParseNumber(string text, string field)
    {
        var normalised = text.Trim().Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new DomainException(DomainErrorCode.Validation, Message.Of("grade.valueNumberGrade", ("text", text.Trim())), field, "10");
    }
}

/// <summary>A percentage from 0 to 100.</summary>
public sealed record PercentGrade : Grade
{
    public PercentGrade(decimal percent, string field = "Grade")
    {
        if (percent is < 0 or > 100)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("grade.percentageGradeBetween", ("percent", percent)), field);
        }

        Percent = percent;
    }

    public decimal Percent { get; }
}

/// <summary>A letter of the point-rating scale.</summary>
public sealed record LetterGrade(Letter Letter) : Grade;

/// <summary>Points on a stated scale, e.g. 4 of 5 or 87 of 100.</summary>
public sealed record PointsGrade : Grade
{
    public PointsGrade(decimal value, decimal scaleMax, string field = "Grade")
    {
        if (scaleMax <= 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("grade.scaleMaximumPoints", ("scaleMax", scaleMax)), field);
        }

        if (value < 0 || value > scaleMax)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("grade.pointsGradeBetween", ("scaleMax", scaleMax), ("value", value)), field);
        }

        Value = value;
        ScaleMax = scaleMax;
    }

    public decimal Value { get; }

    public decimal ScaleMax { get; }
}

/// <summary>Pass or fail without a mark (common on MOOC and short-course certificates).</summary>
public sealed record PassFailGrade(bool Passed) : Grade;
