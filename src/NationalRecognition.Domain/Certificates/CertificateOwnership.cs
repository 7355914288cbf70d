using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Certificates;

/// <summary>
/// Whose outcomes a certificate confirms (clause 13.2: the learner submits the document confirming their own outcomes).
/// A certificate typed in by the learner names its holder's IIN, which must be the learner's; one attached from the
/// registry was matched to the learner's IIN there. The holder's name is compared with the applicant's, tolerant of
/// spelling: a mismatch is flagged to the Commission, not refused, since names are written in three alphabets.
/// </summary>
public static class CertificateOwnership
{
    /// <summary>Refuses a certificate not shown to be the applicant's; answers whether the holder's name matches.</summary>
    public static bool Check(string? holderIin, string? holderName, Iin applicant, string applicantName, bool fromRegistry, string field)
    {
        if (holderIin is null)
        {
            if (!fromRegistry)
            {
                throw new DomainException(
                    DomainErrorCode.RuleViolation,
                    Message.Of("certificateOwnership.certificateStateHolder"),
                    $"{field}.holderIin",
                    "13");
            }
        }
        else if (!string.Equals(holderIin, applicant.Value, StringComparison.Ordinal))
        {
            throw new DomainException(DomainErrorCode.Forbidden, Message.Of("certificateOwnership.certificateWasIssued"), $"{field}.holderIin", "13");
        }

        // The exchange identifies holders by IIN alone: no name to compare is no mismatch.
        return string.IsNullOrWhiteSpace(holderName) || PersonNames.Match(holderName, applicantName);
    }
}
