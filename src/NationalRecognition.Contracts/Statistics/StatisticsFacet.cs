namespace NationalRecognition.Contracts.Statistics;

/// <summary>
/// Which cut of the statistics a row belongs to. An application has one row in <see cref="All"/>, and one row for
/// each distinct value it carries of a many-valued fact (issuer kinds, MOOC platforms, professions), so the rows of
/// one facet add up without counting an application twice for one value.
/// </summary>
/// <remarks>Stored as its number: never change or reuse a value (pinned by StoredEnumValuesTests).</remarks>
public enum StatisticsFacet
{
    /// <summary>Every application once; the facet value is empty.</summary>
    All = 0,

    /// <summary>Applications with at least one confirming document of the issuer kind (clause 10.1–10.4).</summary>
    IssuerKind = 1,

    /// <summary>Applications with a certificate of the MOOC platform (clause 10.4).</summary>
    MoocPlatform = 2,

    /// <summary>Applications with a labour-exchange certificate for the in-demand profession (clause 10.3).</summary>
    Profession = 3,

    /// <summary>Submissions refused at the door, by the clause the refusal cites ("none" when it cites none).</summary>
    RefusalClause = 4,
}
