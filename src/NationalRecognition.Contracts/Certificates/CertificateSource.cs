namespace NationalRecognition.Contracts.Certificates;

/// <summary>Where a certificate record came from: verified by its issuer, or as the learner submitted it.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum CertificateSource
{
    SubmittedByLearner = 0,
    VerifiedByIssuer = 1,
}
