using GraphQL.Types;
using NationalRecognition.Contracts.Privacy;

namespace NationalRecognition.Gateway.Graph.Privacy;

public sealed class RecognisedCourseType : ObjectGraphType<HeldCourseRecognitionAt>
{
    public RecognisedCourseType()
    {
        Name = "RecognisedCourse";
        Description = "A course recognised for the learner, as the institution's ledger of the learner's recognitions holds it.";
        Field(r => r.InstitutionBin).Description("The institution that recognised it.");
        Field<NonNullGraphType<StringGraphType>>("programmeCode").Description("The programme it counts in.").Resolve(c => c.Source.Held.ProgrammeCode);
        Field<NonNullGraphType<StringGraphType>>("course").Description("The course's normalised identity.").Resolve(c => c.Source.Held.Recognition.Course);
        Field<NonNullGraphType<StringGraphType>>("unitCode").Description("The discipline or module it replaces.").Resolve(c => c.Source.Held.Recognition.UnitCode);
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("Credits recognised.").Resolve(c => c.Source.Held.Recognition.Credits);
        Field<NonNullGraphType<IdGraphType>>("applicationId").Description("The application whose decision recognised it.").Resolve(c => c.Source.Held.ApplicationId);
    }
}
