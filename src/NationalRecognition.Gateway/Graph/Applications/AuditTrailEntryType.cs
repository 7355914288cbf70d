using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Applications;

public sealed class AuditTrailEntryType : ObjectGraphType<AuditTrailEntry>
{
    public AuditTrailEntryType()
    {
        Name = "AuditEntry";
        Description = "One event of an application's append-only audit trail.";
        Field(a => a.Sequence).Description("Position in the trail, from 1.");
        Field(a => a.At).Description("When.");
        Field(a => a.Actor).Description("Who.");
        Field(a => a.Action).Description("What: Submitted, ReviewStarted, ComparisonRecorded, Decided, Withdrawn.");
        Field(a => a.Details).Description("Details of the change.");
    }
}
