using GraphQL.Types;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Graph.Common;
using NationalRecognition.Gateway.Graph.Institutions;

namespace NationalRecognition.Gateway.Graph.Applications;

public sealed class ApplicationSummaryType : ObjectGraphType<ApplicationSummary>
{
    public ApplicationSummaryType()
    {
        Name = "ApplicationSummary";
        Description = "A row of a listing (queue, institution, learner); the full application is one field away.";
        Field(s => s.Id).Description("Id of the application.");
        Field(s => s.Version).Description("Version of the application this row shows.");
        Field(s => s.Status).Description("Status.");
        Field(s => s.LearnerIin).Description("The learner's IIN.");
        Field(s => s.InstitutionBin).Description("BIN of the institution.");
        Field(s => s.CommissionId).Description("The Commission.");
        Field(s => s.ProgrammeCode).Description("The programme.");
        Field(s => s.AcademicPeriodId).Description("The academic period.");
        Field(s => s.SubmittedAt).Description("When it was submitted.");
        Field(s => s.UpdatedAt).Description("When it last changed.");
        Field(s => s.IssuerKinds).Description("Issuer kinds of its documents.");
        Field(s => s.UnitsRequested).Description("Disciplines or modules requested.");
        Field(s => s.UnitsRecognised).Description("Disciplines or modules recognised.");
        Field(s => s.CreditsRecognised).Description("Credits recognised.");
        Field<ApplicationType>("application")
            .Description("The full application (loaded in one batch for the whole page).")
            .AllowRoles(CallerRoles.ApplicationReaders)
            .Resolve(c => c.Loaders().Applications.Load(c.Source.Id));
        Field<InstitutionType>("institution")
            .Description("The institution (batched across the page).")
            .Resolve(c => c.Loaders().Institutions.Load(c.Source.InstitutionBin));
    }
}
