namespace NationalRecognition.Domain.Comparison;

/// <summary>The certificate's volume in credits (at the institution's ratio) against the discipline's credits.</summary>
public sealed record VolumeEquivalence(decimal CertificateCredits, decimal DisciplineCredits, decimal HoursPerCredit)
{
    public VolumeVerdict Verdict =>
        CertificateCredits == DisciplineCredits ? VolumeVerdict.Equal
        : CertificateCredits > DisciplineCredits ? VolumeVerdict.Exceeds
        : VolumeVerdict.Short;

    /// <summary>Certificate credits minus discipline credits (negative when short).</summary>
    public decimal Difference => CertificateCredits - DisciplineCredits;
}
