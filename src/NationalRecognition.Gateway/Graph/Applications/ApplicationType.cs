using GraphQL.Types;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Graph.Common;
using NationalRecognition.Gateway.Graph.Institutions;

namespace NationalRecognition.Gateway.Graph.Applications;

public sealed class ApplicationType : ObjectGraphType<ApplicationInfo>
{
    public ApplicationType()
    {
        Name = "Application";
        Description = "A learner's application to a Commission for the recognition of learning outcomes (clause 13).";
        Field(a => a.Id).Description("Id of the application.");
        Field(a => a.Version).Description("Grows with every change.");
        Field(a => a.Status).Description("Where it is in its lifecycle.");
        Field(a => a.LearnerIin).Description("The learner's IIN.");
        Field(a => a.LearnerName).Description("The learner's name.");
        Field(a => a.InstitutionBin).Description("BIN of the institution.");
        Field<InstitutionType>("institution")
            .Description("The institution (batched across a page).")
            .Resolve(c => c.Loaders().Institutions.Load(c.Source.InstitutionBin));
        Field(a => a.CommissionId).Description("The Commission it is addressed to.");
        Field(a => a.AddressedTo).Description("The chair it is addressed to.");
        Field(a => a.ProgrammeCode).Description("The programme.");
        Field(a => a.Period).Description("The academic period; it was submitted before its start.");
        Field(a => a.Units).Description("The disciplines or modules to recognise, as the catalogue stated them.");
        Field(a => a.Documents).Description("The confirming documents.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentProvenanceType>>>>("documentProvenance")
            .Description("For each document, in the same order: whether it came from the registry verified at its source, and which version.")
            .Resolve(c => c.Source.Provenance
                ?? c.Source.Documents.Select(_ => new DocumentProvenance(null, Contracts.Certificates.CertificateSource.SubmittedByLearner, null)).ToList());
        Field(a => a.RuleVersionId).Description("The version of the Rules in force on the submission date.");
        Field(a => a.SubmittedAt).Description("When it was submitted.");
        Field(a => a.Comparisons).Description("The clause-9 comparisons recorded.");
        Field(a => a.Decision, nullable: true).Description("The decision, once made.");
        Field(a => a.WithdrawalReason, nullable: true).Description("Why the learner withdrew it.");
        Field(a => a.Statement, nullable: true).Description("The learner's free-form statement.");
        Field(a => a.UpdatedAt).Description("When it last changed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditTrailEntryType>>>>("auditTrail")
            .Description("Every change: who, when, what.")
            .AllowRoles(CallerRoles.ApplicationReaders)
            .ResolveAsync(async c => await c.Client().AuditTrail(c.Source.Id, c.Actor()));
    }
}
