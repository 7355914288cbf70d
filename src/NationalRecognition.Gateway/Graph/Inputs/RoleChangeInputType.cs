using GraphQL.Types;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class RoleChangeInputType : InputObjectGraphType<RoleChangeInput>
{
    public RoleChangeInputType()
    {
        Name = "RoleChangeInput";
        Description = "A role of a person and where it is held: an institution's BIN for HEAD and REGISTRAR, a Commission id for Commission roles, a ministry (or none) for MINISTRY_ANALYST, nothing for PLATFORM_ADMINISTRATOR.";
        Field<NonNullGraphType<PersonReferenceInputType>>("person").Description("The person.");
        Field(x => x.Role).Description("The role.");
        Field(x => x.InstitutionBin, nullable: true).Description("The institution's BIN (HEAD, REGISTRAR).");
        Field(x => x.CommissionId, nullable: true).Description("The Commission's id, BIN/code (COMMISSION_CHAIR, COMMISSION_SECRETARY, COMMISSION_MEMBER).");
        Field(x => x.Ministry, nullable: true).Description("The ministry's sector (MINISTRY_ANALYST); none for national statistics.");
    }
}
