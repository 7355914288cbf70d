namespace NationalRecognition.Domain.Certificates;

/// <summary>The four issuers of a confirming document named by clause 10.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum IssuerKind
{
    /// <summary>10.1: TVET, post-secondary, higher or postgraduate education organisation.</summary>
    EducationOrganisation = 0,

    /// <summary>10.2: additional-education organisation, training institute/centre, employer's centre or workplace.</summary>
    AdditionalEducationOrEmployer = 1,

    /// <summary>10.3: the electronic labour exchange, for its list of in-demand professions.</summary>
    ElectronicLabourExchange = 2,

    /// <summary>10.4: an international MOOC platform (Coursera, edX, FutureLearn, Udacity).</summary>
    MoocPlatform = 3,
}
