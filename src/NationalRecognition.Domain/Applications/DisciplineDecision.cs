using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;

namespace NationalRecognition.Domain.Applications;

/// <summary>The Commission's decision on one requested discipline or module.</summary>
public abstract record DisciplineDecision
{
    private protected DisciplineDecision(RequestedRecognition item)
    {
        Item = item ?? throw new DomainException(DomainErrorCode.Validation, "The decided discipline or module is required.", "Item");
    }

    public RequestedRecognition Item { get; }

    public static RecognisedDiscipline Recognise(RequestedRecognition item, decimal credits, ConvertedGrade grade, RecognitionExtent extent) =>
        new(item, credits, grade, extent);

    public static RefusedDiscipline Refuse(RequestedRecognition item, string reason) => new(item, reason);
}

/// <summary>Recognised, with the credits the Commission set and the grade that goes into the transcript.</summary>
public sealed record RecognisedDiscipline : DisciplineDecision
{
    internal RecognisedDiscipline(RequestedRecognition item, decimal credits, ConvertedGrade grade, RecognitionExtent extent)
        : base(item)
    {
        if (credits <= 0)
        {
            throw new DomainException(DomainErrorCode.Validation, $"Recognised credits must be positive; got {credits}.", "Credits");
        }

        Credits = credits;
        Grade = grade ?? throw new DomainException(DomainErrorCode.Validation, "A recognised discipline needs its grade for the transcript.", "Grade");
        Extent = extent;
    }

    public decimal Credits { get; }

    public ConvertedGrade Grade { get; }

    public RecognitionExtent Extent { get; }
}

/// <summary>Refused, always with a written reason the learner can read and appeal against.</summary>
public sealed record RefusedDiscipline : DisciplineDecision
{
    internal RefusedDiscipline(RequestedRecognition item, string reason)
        : base(item)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                $"A refusal of {item.Code} needs a written reason.",
                "Reason");
        }

        Reason = reason.Trim();
    }

    public string Reason { get; }
}
