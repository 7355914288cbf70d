using GraphQL.Types;
using NationalRecognition.Contracts.Audit;

namespace NationalRecognition.Gateway.Graph.Audit;

public sealed class AuditRecordType : ObjectGraphType<AuditRecord>
{
    public AuditRecordType()
    {
        Name = "AuditRecord";
        Description = "One audited mutation: who (subject, role, institution), what, when and how it ended.";
        Field(r => r.Sequence).Description("Position in the day's log, from 1.");
        Field(r => r.At).Description("When.");
        Field(r => r.SubjectId).Description("The caller's subject (the identity provider's id).");
        Field(r => r.Role).Description("The caller's role.");
        Field(r => r.ActorInstitutionBin, nullable: true).Description("The caller's institution, for staff.");
        Field(r => r.Action).Description("What: the operation called.");
        Field(r => r.Target).Description("The object it was called on.");
        Field(r => r.Outcome).Description("How it ended.");
        Field(r => r.Detail, nullable: true).Description("The refusal's code, when refused.");
    }
}
