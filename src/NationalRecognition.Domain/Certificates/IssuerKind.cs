namespace NationalRecognition.Domain.Certificates;

/// <summary>The four issuers of a confirming document named by clause 10.</summary>
public enum IssuerKind
{
    /// <summary>10.1: TVET, post-secondary, higher or postgraduate education organisation.</summary>
    EducationOrganisation,

    /// <summary>10.2: additional-education organisation, training institute/centre, employer's centre or workplace.</summary>
    AdditionalEducationOrEmployer,

    /// <summary>10.3: the electronic labour exchange, for its list of in-demand professions.</summary>
    ElectronicLabourExchange,

    /// <summary>10.4: an international MOOC platform (Coursera, edX, FutureLearn, Udacity).</summary>
    MoocPlatform,
}
