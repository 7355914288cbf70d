using GraphQL.Types;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class OnboardInstitutionInputType : InputObjectGraphType<OnboardInstitutionInput>
{
    public OnboardInstitutionInputType()
    {
        Name = "OnboardInstitutionInput";
        Description = "An institution joining the platform: its profile and its head.";
        Field(x => x.Names).Description("Official names.");
        Field(x => x.Kinds).Description("Kinds of education it provides (at least one).");
        Field(x => x.Region).Description("Its region.");
        Field(x => x.Policy, nullable: true).Description("Its recognition policy; the default scale when omitted.");
        Field<NonNullGraphType<PersonReferenceInputType>>("head").Description("Its head, who then delegates the registrar's and the Commission's roles.");
    }
}
