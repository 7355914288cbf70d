namespace NationalRecognition.Contracts.Certificates;

/// <summary>Where a certificate record came from: verified by its issuer, or as the learner submitted it.</summary>
public enum CertificateSource
{
    SubmittedByLearner,
    VerifiedByIssuer,
}
