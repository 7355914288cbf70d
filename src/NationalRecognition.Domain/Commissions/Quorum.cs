using System.Globalization;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Commissions;

/// <summary>
/// The quorum of the Commission's regulation: a count or a fraction of the members of the composition in force.
/// A Commission is a collegial body, so no quorum lets one person decide alone: at least two members are present.
/// </summary>
public sealed record Quorum
{
    /// <summary>The smallest number of members present a quorum may ever require.</summary>
    public const int CollegialMinimum = 2;

    /// <summary>The smallest positive decimal (28 places).</summary>
    private const decimal SmallestStep = 0.0000000000000000000000000001m;

    private Quorum(QuorumKind kind, decimal value, int numerator = 0, int denominator = 0)
    {
        Kind = kind;
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
    }

    public static Quorum MoreThanHalf { get; } = new(QuorumKind.MoreThanHalf, 0m);

    public QuorumKind Kind { get; }

    /// <summary>
    /// The count (<see cref="QuorumKind.AtLeastCount"/>) or fraction (<see cref="QuorumKind.AtLeastFraction"/>); 0 otherwise.
    /// For an exact fraction, the largest decimal not above it, so that a reader of the decimal alone, rounding up,
    /// counts the same members (2/3 as 0.6666…67 times 3 members would round up to 3).
    /// </summary>
    public decimal Value { get; }

    /// <summary>
    /// The exact fraction's numerator when the regulation states the quorum as one (<c>2/3</c>); 0 for a decimal
    /// fraction, a count or more than half.
    /// </summary>
    public int Numerator { get; }

    /// <summary>The exact fraction's denominator; 0 unless the quorum is an exact fraction.</summary>
    public int Denominator { get; }

    /// <summary>Whether the quorum is an exact fraction (numerator/denominator) rather than a decimal.</summary>
    public bool IsExactFraction => Denominator > 0;

    public static Quorum AtLeast(int members) => Of(QuorumKind.AtLeastCount, members);

    /// <summary>
    /// At least <paramref name="numerator"/>/<paramref name="denominator"/> of the members, exactly: two thirds of
    /// three members is two, which no decimal (0.67, 0.667, …) rounded up gives.
    /// </summary>
    public static Quorum AtLeastFraction(int numerator, int denominator) =>
        numerator > 0 && denominator > 0 && numerator <= denominator
            ? new(QuorumKind.AtLeastFraction, NotAbove(numerator, denominator), numerator, denominator)
            : throw Invalid(Message.Of("quorum.fractionRange", ("value", $"{numerator}/{denominator}")));

    public static Quorum AtLeastFraction(decimal fraction) => Of(QuorumKind.AtLeastFraction, fraction);

    /// <summary>A quorum as the regulation states it; refuses a kind or value that cannot be a quorum.</summary>
    public static Quorum Of(QuorumKind kind, decimal value) => kind switch
    {
        QuorumKind.MoreThanHalf => MoreThanHalf,
        QuorumKind.AtLeastCount when value >= CollegialMinimum && value == decimal.Truncate(value) => new(kind, value),
        QuorumKind.AtLeastCount => throw Invalid(Message.Of("quorum.countRange", ("minimum", CollegialMinimum), ("value", Text(value)))),
        QuorumKind.AtLeastFraction when value > 0m && value <= 1m => new(kind, value),
        QuorumKind.AtLeastFraction => throw Invalid(Message.Of("quorum.fractionRange", ("value", Text(value)))),
        _ => throw Invalid(Message.Of("quorum.unknownKind", ("kind", kind))),
    };

    /// <summary>How many members must be present in a composition of <paramref name="members"/>.</summary>
    public int RequiredOf(int members)
    {
        var required = Kind switch
        {
            QuorumKind.AtLeastCount => (int)Value,
            QuorumKind.AtLeastFraction when IsExactFraction => CeilingOfFraction(members),
            QuorumKind.AtLeastFraction => (int)decimal.Ceiling(Value * members),
            _ => (members / 2) + 1,
        };
        return Math.Max(required, CollegialMinimum);
    }

    /// <summary>Whether <paramref name="present"/> members make the quorum of a composition of <paramref name="members"/>.</summary>
    public bool IsMetBy(int present, int members) => present >= RequiredOf(members);

    public string Describe() => Kind switch
    {
        QuorumKind.AtLeastCount => $"at least {Text(Value)} members present",
        QuorumKind.AtLeastFraction when IsExactFraction => $"at least {Numerator}/{Denominator} of the members present",
        QuorumKind.AtLeastFraction => $"at least {Text(Value)} of the members present",
        _ => "more than half of the members present",
    };

    /// <summary>The least whole number of members n with n × denominator ≥ numerator × members, in integers.</summary>
    private int CeilingOfFraction(int members) => checked((Numerator * members) + Denominator - 1) / Denominator;

    /// <summary>The largest decimal not above <paramref name="numerator"/>/<paramref name="denominator"/> (the division rounds to nearest).</summary>
    private static decimal NotAbove(int numerator, int denominator)
    {
        var value = (decimal)numerator / denominator;
        return value * denominator > numerator ? value - SmallestStep : value;
    }

    private static string Text(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static DomainException Invalid(Message reason) =>
        new(DomainErrorCode.Validation, reason, "Regulation.Quorum", CommissionRules.RegulationClause);
}
