using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Exchange;

public sealed class InDemandProfessionListType : ObjectGraphType<InDemandProfessionList>
{
    public InDemandProfessionListType()
    {
        Name = "InDemandProfessionList";
        Description = "The exchange's list of in-demand professions for one calendar year; certificates are judged by the list of their issue year.";
        Field(l => l.Year).Description("The calendar year.");
        Field(l => l.Version).Description("1 at the first publication, one more at each change.");
        Field(l => l.Professions).Description("The professions.");
        Field(l => l.PublishedAt).Description("When this version was published.");
    }
}
