using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Commissions;

/// <summary>A share of a syllabus's learning outcomes as an exact fraction; 0/1 reads "at least one".</summary>
public sealed record OutcomeShare
{
    private OutcomeShare(int numerator, int denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Every outcome.</summary>
    public static OutcomeShare All { get; } = new(1, 1);

    /// <summary>At least one outcome.</summary>
    public static OutcomeShare Some { get; } = new(0, 1);

    public int Numerator { get; }

    public int Denominator { get; }

    public static OutcomeShare Of(int numerator, int denominator) =>
        numerator >= 0 && denominator > 0 && numerator <= denominator
            ? new(numerator, denominator)
            : throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("outcomeShare.shareOutcomesFrom", ("numerator", numerator), ("denominator", denominator)),
                "Regulation.Coverage",
                CommissionRules.RegulationClause);

    /// <summary>At least one outcome covered, and covered × denominator ≥ numerator × total.</summary>
    public bool IsMetBy(int covered, int total) => covered > 0 && covered * Denominator >= Numerator * total;

    public string Describe() => Numerator == 0 ? "at least one outcome"
        : Numerator == Denominator ? "every outcome"
        : $"at least {Numerator}/{Denominator} of the outcomes";
}
