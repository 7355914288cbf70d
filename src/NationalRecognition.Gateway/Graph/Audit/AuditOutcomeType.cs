using GraphQL.Types;
using NationalRecognition.Contracts.Audit;

namespace NationalRecognition.Gateway.Graph.Audit;

/// <summary>GraphQL enum <c>AuditOutcome</c>.</summary>
public sealed class AuditOutcomeType : EnumerationGraphType<AuditOutcome>
{
    public AuditOutcomeType()
    {
        Name = "AuditOutcome";
        Description = "How an audited mutation ended: succeeded, forbidden by the access policy, refused by a rule, or failed.";
    }
}
