using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class RegisterInstitutionInputType : InputObjectGraphType<RegisterInstitution>
{
    public RegisterInstitutionInputType()
    {
        Name = "RegisterInstitutionInput";
        Description = "An institution's profile.";
        Field(x => x.Names).Description("Official names.");
        Field(x => x.Kinds).Description("Kinds of education it provides (at least one).");
        Field(x => x.Region).Description("Its region.");
        Field(x => x.Policy, nullable: true).Description("Its recognition policy; the default scale when omitted.");
    }
}
