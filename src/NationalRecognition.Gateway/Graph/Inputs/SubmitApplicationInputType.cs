using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class SubmitApplicationInputType : InputObjectGraphType<SubmitApplication>
{
    public SubmitApplicationInputType()
    {
        Name = "SubmitApplicationInput";
        Description = "An application to the Commission (clause 13).";
        Field(x => x.LearnerIin).Description("The learner's IIN.");
        Field(x => x.LearnerName).Description("The learner's name.");
        Field(x => x.InstitutionBin).Description("The institution's BIN.");
        Field(x => x.ProgrammeCode).Description("The programme.");
        Field(x => x.AcademicPeriodId).Description("The academic period (must not have started).");
        Field(x => x.UnitCodes).Description("Disciplines or modules to recognise.");
        Field(x => x.Documents).Description("Confirming documents (at least one).");
        Field(x => x.AddressedTo, nullable: true).DeprecationReason("The platform addresses the application to the chair in office on the submission day.")
            .Description("Ignored: the application is addressed to the chair in office on the submission day.");
        Field(x => x.IdempotencyKey).Description("The client's key: a retry with the same key returns the same application.");
        Field(x => x.Statement, nullable: true).Description("Free-form text of the application.");
    }
}
