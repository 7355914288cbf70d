using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Certificates;

/// <summary>The volume of a course in an appendix: academic credits and/or hours (clause 10), at least one given.</summary>
public sealed record Volume
{
    public Volume(decimal? credits, decimal? hours)
    {
        if (credits is null && hours is null)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("volume.volumeNeedsCredits"),
                "Volume",
                "10");
        }

        if (credits is <= 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("volume.creditsPositiveGot", ("credits", credits)), "Volume.Credits", "10");
        }

        if (hours is <= 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("volume.hoursPositiveGot", ("hours", hours)), "Volume.Hours", "10");
        }

        Credits = credits;
        Hours = hours;
    }

    public decimal? Credits { get; }

    public decimal? Hours { get; }

    public static Volume OfCredits(decimal credits) => new(credits, null);

    public static Volume OfHours(decimal hours) => new(null, hours);
}
