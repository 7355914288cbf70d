using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Certificates;

public sealed class RecognitionClaimType : ObjectGraphType<RecognitionClaim>
{
    public RecognitionClaimType()
    {
        Name = "RecognitionClaim";
        Description = "An appendix entry recognised for a discipline or module at an institution.";
        Field(r => r.AppendixEntryName).Description("The appendix entry.");
        Field(r => r.InstitutionBin).Description("The institution.");
        Field(r => r.UnitCode).Description("The discipline or module.");
        Field(r => r.ApplicationId).Description("The application that recognised it.");
    }
}
