using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class ProfessionalQualificationInputType : InputObjectGraphType<ProfessionalQualificationInfo>
{
    public ProfessionalQualificationInputType()
    {
        Name = "ProfessionalQualificationInput";
        Description = "What a certificate of professional qualification attests.";
        Field(x => x.ProfessionCode).Description("Code in the register of professions.");
        Field(x => x.ProfessionName).Description("Profession.");
        Field(x => x.QualificationLevel).Description("Level 1–8.");
        Field(x => x.CentreName).Description("Accredited centre.");
        Field(x => x.AccreditationNumber).Description("Its accreditation.");
        Field(x => x.ValidUntil, nullable: true).Description("Valid until.");
    }
}
