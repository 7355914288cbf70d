namespace NationalRecognition.Domain.RuleVersions;

/// <summary>
/// The checks a version of the Rules can declare. A version applies exactly the checks it lists (rule-versions.json),
/// so an application is judged, from submission to decision, by what the version in force on its submission day says.
/// </summary>
public static class RuleCheck
{
    /// <summary>Clause 11: the Commission exists, created by the head's order.</summary>
    public const string CommissionEstablished = "commission-established";

    /// <summary>Clause 13: submitted before the academic period starts.</summary>
    public const string BeforePeriodStart = "before-period-start";

    /// <summary>Clause 13.1: addressed to the chair of the Commission.</summary>
    public const string AddressedToChair = "addressed-to-chair";

    /// <summary>Clause 13.2: at least one document confirming the outcomes.</summary>
    public const string ConfirmingDocument = "confirming-document";

    /// <summary>Clause 10: the certificate's appendix names each course with its volume and grade.</summary>
    public const string AppendixComplete = "appendix-complete";

    /// <summary>Clause 10.4: a MOOC certificate comes from one of the named platforms.</summary>
    public const string MoocNamedPlatforms = "mooc-named-platforms";

    /// <summary>
    /// Clause 10.2: an employer's training centre shows its right to educational activity (licence or notification
    /// number), and training at the employer's workplace the employer's request (its reference).
    /// </summary>
    public const string EmployerIssuerEvidence = "employer-issuer-evidence";

    /// <summary>Clause 9: an item is recognised only after the comparison is recorded.</summary>
    public const string ComparisonBeforeRecognition = "comparison-before-recognition";

    public static IReadOnlyList<string> All { get; } =
    [
        CommissionEstablished, BeforePeriodStart, AddressedToChair, ConfirmingDocument, AppendixComplete, MoocNamedPlatforms,
        EmployerIssuerEvidence, ComparisonBeforeRecognition,
    ];
}
