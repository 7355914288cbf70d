using GraphQL.Types;
using NationalRecognition.Domain.RuleVersions;

namespace NationalRecognition.Gateway.Graph.Reference;

public sealed class RuleVersionType : ObjectGraphType<RuleVersion>
{
    public RuleVersionType()
    {
        Name = "RuleVersion";
        Description = "A version of the Rules; an application is judged by the version in force on its submission date.";
        Field(v => v.Id).Description("Id of the version.");
        Field(v => v.Title).Description("Title of the act.");
        Field(v => v.EffectiveFrom).Description("In force from this date.");
        Field(v => v.EffectiveFromIsProvisional).Description("True while the publication is unconfirmed and the date is the earliest possible (registration + 11 days); publication + 11 days once confirmed.");
        Field(v => v.EffectiveFromNote, nullable: true).Description("How the date was established.");
        Field(v => v.Source).Description("The act: order numbers, dates, registration.");
        Field(v => v.AmendedClauses).Description("Clauses it amends.");
        Field(v => v.Checks).Description("The checks this version applies, from submission to decision.");
        Field(v => v.ChecksNote, nullable: true).Description("Why these checks, where that is a reading rather than the text.");
    }
}
