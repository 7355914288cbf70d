using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Exchange;

public sealed class InDemandProfessionInputType : InputObjectGraphType<InDemandProfessionInfo>
{
    public InDemandProfessionInputType()
    {
        Name = "InDemandProfessionInput";
        Description = "A profession of the in-demand list.";
        Field(p => p.Code).Description("The profession's code.");
        Field(p => p.NameKk).Description("Name in Kazakh.");
        Field(p => p.NameRu).Description("Name in Russian.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("classifierCodes")
            .Description("Codes of the profession in classifiers (optional).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new InDemandProfessionInfo(
        (string)value["code"]!,
        (string)value["nameKk"]!,
        (string)value["nameRu"]!,
        value.TryGetValue("classifierCodes", out var codes) && codes is IEnumerable<object?> list
            ? list.Select(c => (string)c!).ToList()
            : []);
}
