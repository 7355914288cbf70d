using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Applications;

/// <summary>The Commission's decision on one requested discipline or module.</summary>
public abstract record DisciplineDecision
{
    /// <summary>The smallest number of credits a recognition grants.</summary>
    public const decimal MinimumCredits = 1m;

    private protected DisciplineDecision(RequestedRecognition item)
    {
        Item = item ?? throw new DomainException(DomainErrorCode.Validation, Message.Of("disciplineDecision.decidedDisciplineModule"), "Item");
    }

    public RequestedRecognition Item { get; }

    /// <summary>
    /// Recognises an item: whole (the discipline's credits) or in part (the credits the Commission names, at least one
    /// and fewer than the discipline's), carrying over a passing grade.
    /// </summary>
    public static RecognisedDiscipline Recognise(
        RequestedRecognition item, decimal? credits, decimal disciplineCredits, ConvertedGrade grade, RecognitionExtent extent) =>
        new(item, CreditsFor(item, credits, disciplineCredits, extent), grade, extent);

    public static RefusedDiscipline Refuse(RequestedRecognition item, string reason) => new(item, reason);

    private static decimal CreditsFor(RequestedRecognition item, decimal? credits, decimal disciplineCredits, RecognitionExtent extent)
    {
        if (!Enum.IsDefined(extent))
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("disciplineDecision.unknownExtentRecognition", ("extent", extent)), "Extent");
        }

        if (extent == RecognitionExtent.Whole)
        {
            if (credits is { } stated && stated != disciplineCredits)
            {
                throw new DomainException(
                    DomainErrorCode.RuleViolation,
                    Message.Of("disciplineDecision.wholeRecognitionCode", ("code", item.Code), ("disciplineCredits", disciplineCredits), ("stated", stated)),
                    "Credits");
            }

            return disciplineCredits;
        }

        var part = credits ?? throw new DomainException(
            DomainErrorCode.RuleViolation,
            Message.Of("disciplineDecision.partialRecognitionCode", ("code", item.Code), ("disciplineCredits", disciplineCredits)),
            "Credits");
        if (part < MinimumCredits || part >= disciplineCredits)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("disciplineDecision.partialRecognitionCode2", ("code", item.Code), ("minimumCredits", MinimumCredits), ("disciplineCredits", disciplineCredits), ("part", part)),
                "Credits");
        }

        return part;
    }
}

/// <summary>Recognised, with the credits the Commission set and the grade that goes into the transcript.</summary>
public sealed record RecognisedDiscipline : DisciplineDecision
{
    internal RecognisedDiscipline(RequestedRecognition item, decimal credits, ConvertedGrade grade, RecognitionExtent extent)
        : base(item)
    {
        if (credits < MinimumCredits)
        {
            throw new DomainException(DomainErrorCode.RuleViolation, Message.Of("disciplineDecision.recognisedCreditsAre", ("minimumCredits", MinimumCredits), ("credits", credits)), "Credits");
        }

        Credits = credits;
        Grade = grade ?? throw new DomainException(DomainErrorCode.Validation, Message.Of("disciplineDecision.recognisedDisciplineNeeds"), "Grade");
        if (!grade.Passed)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                grade.Letter is { } letter
                    ? Message.Of("disciplineDecision.failingLetter", ("code", item.Code), ("letter", Letters.Display(letter)))
                    : Message.Of("disciplineDecision.failing", ("code", item.Code)),
                "Grade");
        }

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
                Message.Of("disciplineDecision.refusalCodeNeeds", ("code", item.Code)),
                "Reason");
        }

        Reason = reason.Trim();
    }

    public string Reason { get; }
}
