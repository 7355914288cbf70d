using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Exchange;

/// <summary>
/// Clause 10.3 makes the exchange's certificates valid because the exchange issues them for its list: the platform
/// takes them only as the exchange sent them (the registry), never as a learner typed them in, and only for the
/// learner whose IIN they carry.
/// </summary>
public static class SourceVerificationRules
{
    /// <summary>Refuses a certificate of the exchange that did not come from the registry.</summary>
    public static void EnsureVerifiedAtSource(IssuerKind? issuerKind, bool fromRegistry, string field)
    {
        if (issuerKind == IssuerKind.ElectronicLabourExchange && !fromRegistry)
        {
            throw new DomainException(DomainErrorCode.RuleViolation,
                Message.Of("sourceVerificationRules.certificateElectronicLabour"),
                field, InDemandProfessionRules.Clause);
        }
    }

    /// <summary>Refuses a registry certificate that is not the applicant's own.</summary>
    public static void EnsureHeldBy(string? holderIin, string applicantIin, string field)
    {
        if (holderIin is null || !string.Equals(holderIin, applicantIin, StringComparison.Ordinal))
        {
            // Says nothing about whose it is: the record is personal data of another learner.
            throw new DomainException(DomainErrorCode.Forbidden, Message.Of("sourceVerificationRules.certificateWasIssued"), field);
        }
    }
}
