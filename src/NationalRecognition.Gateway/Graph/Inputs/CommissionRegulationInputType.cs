using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class CommissionRegulationInputType : InputObjectGraphType<CommissionRegulationInfo>
{
    private const string DecimalDeprecation =
        "A decimal cannot state two thirds exactly: use quorumCount, or quorumNumerator and quorumDenominator. Still accepted: "
        + "a decimal that approximates a simple fraction (0.67, 0.667 → 2/3; 0.75 → 3/4) is read as that fraction, any other as "
        + "the decimal times the members, rounded up.";

    public CommissionRegulationInputType()
    {
        Name = "CommissionRegulationInput";
        Description = "The regulation on the Commission's work (clause 22), adopted with the composition.";
        Field(x => x.QuorumKind).Description("MORE_THAN_HALF, AT_LEAST_COUNT or AT_LEAST_FRACTION; never fewer than two members present.");
        Field<IntGraphType>("quorumCount").Description("AT_LEAST_COUNT: how many members at least (a whole number, at least 2).");
        Field(x => x.QuorumNumerator, nullable: true).Description("AT_LEAST_FRACTION: the fraction's numerator (2 for two thirds); give the denominator too.");
        Field(x => x.QuorumDenominator, nullable: true).Description("AT_LEAST_FRACTION: the fraction's denominator (3 for two thirds); at least the numerator. Present × denominator ≥ numerator × members.");
        Field(x => x.QuorumValue).DefaultValue(0m).DeprecationReason(DecimalDeprecation)
            .Description("Deprecated: " + DecimalDeprecation + " The count or the decimal fraction; 0 for MORE_THAN_HALF, or when quorumCount or the exact fraction is given.");
        Field(x => x.RecordedBy).Description("The role that records the decision in the protocol.");
        Field(x => x.SignedBy).Description("The role that signs the protocol; its holder must be present.");
        Field(x => x.VotesRecorded).Description("Whether the protocol records the votes.");
        Field(x => x.DeputySignsInChairsAbsence).DefaultValue(false)
            .Description("Whether the member named deputy chair signs in the chair's absence, where the chair signs.");
        Field(x => x.MajorityOfVotesCast).DefaultValue(false)
            .Description("The recorded decision needs more than half of the votes for and against, abstentions not counted (default false: more than half of the members present).");
        Field(x => x.ChairHasCastingVote).DefaultValue(false)
            .Description("At exactly half in favour, the side the chair voted with carries (default false: an exact half does not carry).");
        Field(x => x.CoverageForWhole, nullable: true)
            .Description("The share of a syllabus's learning outcomes the compared courses must cover for a whole recognition (clause 9 read with clause 22); default every outcome (1/1).");
        Field(x => x.CoverageForPart, nullable: true)
            .Description("The share they must cover for a partial recognition; default at least one outcome (0/1). Never more than the share for a whole recognition.");
    }

    /// <summary>
    /// The record from the fields: a count goes in the decimal (a count is exact there), and an exact fraction also
    /// fills the decimal, so that a silo of the previous release follows the same quorum.
    /// </summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var count = value.TryGetValue("quorumCount", out var given) && given is not null ? Convert.ToInt32(given, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var decimalValue = value.TryGetValue("quorumValue", out var stated) && stated is not null ? Convert.ToDecimal(stated, System.Globalization.CultureInfo.InvariantCulture) : 0m;
        return new CommissionRegulationInfo(
            (QuorumKind)value["quorumKind"]!,
            count ?? decimalValue,
            (CommissionRole)value["recordedBy"]!,
            (CommissionRole)value["signedBy"]!,
            (bool)value["votesRecorded"]!,
            Int(value, "quorumNumerator"),
            Int(value, "quorumDenominator"),
            value.TryGetValue("deputySignsInChairsAbsence", out var deputy) && deputy is true,
            value.TryGetValue("majorityOfVotesCast", out var ofVotesCast) && ofVotesCast is true,
            value.TryGetValue("chairHasCastingVote", out var castingVote) && castingVote is true,
            value.TryGetValue("coverageForWhole", out var whole) ? whole as OutcomeShareInfo : null,
            value.TryGetValue("coverageForPart", out var part) ? part as OutcomeShareInfo : null).WithQuorumDecimal();
    }

    private static int? Int(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var given) && given is not null ? Convert.ToInt32(given, System.Globalization.CultureInfo.InvariantCulture) : null;
}
