using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Certificates;

public sealed class ProfessionalQualificationType : ObjectGraphType<ProfessionalQualificationInfo>
{
    public ProfessionalQualificationType()
    {
        Name = "ProfessionalQualification";
        Description = "What a certificate of professional qualification attests.";
        Field(q => q.ProfessionCode).Description("Code in the register of professions.");
        Field(q => q.ProfessionName).Description("Profession.");
        Field(q => q.QualificationLevel).Description("Qualification level 1–8; must match the module's.");
        Field(q => q.CentreName).Description("The accredited centre that assessed the candidate.");
        Field(q => q.AccreditationNumber).Description("The centre's accreditation.");
        Field(q => q.ValidUntil, nullable: true).Description("Valid until this date.");
    }
}
