using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Exchange;

public sealed class InDemandProfessionType : ObjectGraphType<InDemandProfessionInfo>
{
    public InDemandProfessionType()
    {
        Name = "InDemandProfession";
        Description = "A profession of the electronic labour exchange's in-demand list (clause 10.3).";
        Field(p => p.Code).Description("The profession's code, as the exchange's certificates name it.");
        Field(p => p.NameKk).Description("Name in Kazakh.");
        Field(p => p.NameRu).Description("Name in Russian.");
        Field(p => p.ClassifierCodes).Description("Codes of the profession in classifiers, when the exchange gives them.");
    }
}
