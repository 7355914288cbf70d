using GraphQL;
using GraphQL.Types;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.People;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Graph.Applications;
using NationalRecognition.Gateway.Graph.Certificates;
using NationalRecognition.Gateway.Graph.Commissions;
using NationalRecognition.Gateway.Graph.Common;
using NationalRecognition.Gateway.Graph.Exchange;
using NationalRecognition.Gateway.Graph.Inputs;
using NationalRecognition.Gateway.Graph.Institutions;
using NationalRecognition.Gateway.Graph.People;

namespace NationalRecognition.Gateway.Graph;

/// <summary>
/// The <c>Mutation</c> root: every command of the recognition workflow. Each returns the object it changed.
/// Not sealed so that tests can add probe fields.
/// </summary>
public class PlatformMutation : ObjectGraphType
{
    /// <summary>Declares the root mutation fields.</summary>
    public PlatformMutation()
    {
        Name = "Mutation";
        Description = "Changes to the National Recognition Platform.";

        Field<NonNullGraphType<InstitutionType>>("registerInstitution")
            .Description("Registers an institution or updates its profile (its registrar).")
            .Argument<NonNullGraphType<StringGraphType>>("bin", "The institution's BIN.")
            .Argument<NonNullGraphType<RegisterInstitutionInputType>>("input", "The profile.")
            .AllowRoles(CallerRoles.CatalogueManagers)
            .ResolveAsync(async c => await c.Client().RegisterInstitution(
                c.GetArgument<string>("bin"), c.GetArgument<RegisterInstitution>("input"), c.Actor()));

        Field<NonNullGraphType<InstitutionType>>("onboardInstitution")
            .Description("Onboards an institution: registers its profile and assigns its head, by IIN or platform identity (platform administrators). Retry-safe: repeating it changes nothing more.")
            .Argument<NonNullGraphType<StringGraphType>>("bin", "The institution's BIN (with its check digit).")
            .Argument<NonNullGraphType<OnboardInstitutionInputType>>("input", "The profile and the head.")
            .AllowRoles(ActorRole.PlatformAdministrator)
            .ResolveAsync(async c =>
            {
                var bin = c.GetArgument<string>("bin");
                var input = c.GetArgument<OnboardInstitutionInput>("input");
                var head = new RoleChangeInput { Person = input.Head, Role = Domain.People.PersonRole.Head, InstitutionBin = bin }.ToCommand(c.Issuer());
                var profile = await c.Client().OnboardInstitution(bin, input.Profile(), head, c.Actor());
                c.RolesCache().Invalidate(PersonKeys.For(head.Person));
                return profile;
            });

        Field<NonNullGraphType<PersonRolesType>>("grantRole")
            .Description("Grants a person a role: a platform administrator grants any; an institution's head delegates its registrar and Commission roles. Nobody grants their own. Granting a role held already changes nothing.")
            .Argument<NonNullGraphType<RoleChangeInputType>>("input", "The person, the role and where it is held.")
            .AllowRoles(CallerRoles.RoleGrantors)
            .ResolveAsync(async c =>
            {
                var command = c.GetArgument<RoleChangeInput>("input").ToCommand(c.Issuer());
                var roles = await c.Client().GrantRole(command, c.Actor());
                c.RolesCache().Invalidate(roles.PersonKey);
                return roles;
            });

        Field<NonNullGraphType<PersonRolesType>>("revokeRole")
            .Description("Revokes a person's role, with the authority granting it needs; the person's next request no longer acts in it. Revoking a role not held changes nothing.")
            .Argument<NonNullGraphType<RoleChangeInputType>>("input", "The person, the role and where it is held.")
            .AllowRoles(CallerRoles.RoleGrantors)
            .ResolveAsync(async c =>
            {
                var command = c.GetArgument<RoleChangeInput>("input").ToCommand(c.Issuer());
                var roles = await c.Client().RevokeRole(command, c.Actor());
                c.RolesCache().Invalidate(roles.PersonKey);
                return roles;
            });

        Field<NonNullGraphType<InstitutionType>>("setAcademicPeriod")
            .Description("Adds or changes a period of the institution's academic calendar (its registrar).")
            .Argument<NonNullGraphType<StringGraphType>>("bin", "The institution's BIN.")
            .Argument<NonNullGraphType<AcademicPeriodInputType>>("input", "The period.")
            .AllowRoles(CallerRoles.CatalogueManagers)
            .ResolveAsync(async c =>
            {
                var bin = c.GetArgument<string>("bin");
                await c.Client().SetAcademicPeriod(bin, c.GetArgument<AcademicPeriodInfo>("input"), c.Actor());
                return await c.Client().Institution(bin);
            });

        Field<NonNullGraphType<ProgrammeType>>("upsertProgramme")
            .Description("Adds or replaces a programme of the institution's catalogue (its registrar).")
            .Argument<NonNullGraphType<StringGraphType>>("bin", "The institution's BIN.")
            .Argument<NonNullGraphType<ProgrammeInputType>>("input", "The programme with its disciplines and modules.")
            .AllowRoles(CallerRoles.CatalogueManagers)
            .ResolveAsync(async c => await c.Client().UpsertProgramme(
                c.GetArgument<string>("bin"), c.GetArgument<Programme>("input"), c.Actor()));

        Field<NonNullGraphType<CommissionType>>("establishCommission")
            .Description("Establishes the institution's Commission by the order of its head or acting head (clause 11).")
            .Argument<NonNullGraphType<StringGraphType>>("bin", "The institution's BIN.")
            .Argument<StringGraphType>("code", $"The Commission's code within the institution (default \"{CommissionIds.DefaultCode}\").")
            .Argument<NonNullGraphType<ConstituteCommissionInputType>>("input", "The order and the composition.")
            .AllowRoles(ActorRole.Head)
            .ResolveAsync(async c => await c.Client().EstablishCommission(
                CommissionIds.For(c.GetArgument<string>("bin"), c.GetArgument<string?>("code") ?? CommissionIds.DefaultCode),
                c.GetArgument<ConstituteCommission>("input"), c.Actor()));

        Field<NonNullGraphType<CommissionType>>("reconstituteCommission")
            .Description("Reconstitutes the Commission by a new order; the old composition stays in its history (clauses 21, 22).")
            .Argument<NonNullGraphType<StringGraphType>>("commissionId", "The Commission's id (BIN/code).")
            .Argument<NonNullGraphType<ConstituteCommissionInputType>>("input", "The new order and composition.")
            .AllowRoles(ActorRole.Head)
            .ResolveAsync(async c => await c.Client().ReconstituteCommission(
                c.GetArgument<string>("commissionId"), c.GetArgument<ConstituteCommission>("input"), c.Actor()));

        Field<NonNullGraphType<CommissionType>>("correctCommissionMemberIdentities")
            .Description("Corrects the platform identities of members of one composition without a new order, with a reason kept in the audit log (the institution's head or a platform administrator; clause 22).")
            .Argument<NonNullGraphType<StringGraphType>>("commissionId", "The Commission's id (BIN/code).")
            .Argument<NonNullGraphType<CorrectMemberIdentitiesInputType>>("input", "The order, the members and their identities, and the reason.")
            .AllowRoles(CallerRoles.IdentityCorrectors)
            .ResolveAsync(async c => await c.Client().CorrectCommissionMemberIdentities(
                c.GetArgument<string>("commissionId"), c.GetArgument<CorrectMemberIdentities>("input"), c.Actor()));

        Field<NonNullGraphType<ApplicationType>>("submitApplication")
            .Description("Submits a learner's application to the Commission's chair, before the academic period starts (clause 13). Retry-safe by idempotencyKey.")
            .Argument<NonNullGraphType<SubmitApplicationInputType>>("input", "The application.")
            .AllowRoles(ActorRole.Learner)
            .ResolveAsync(async c => await c.Client().Submit(c.GetArgument<SubmitApplication>("input"), c.Actor()));

        Field<NonNullGraphType<ApplicationType>>("startReview")
            .Description("The Commission takes the application into review.")
            .Argument<NonNullGraphType<IdGraphType>>("applicationId", "Id of the application.")
            .Argument<IntGraphType>("expectedVersion", ExpectedVersionDescription)
            .AllowRoles(CallerRoles.Reviewers)
            .ResolveAsync(async c => await c.Client().StartReview(c.GetArgument<Guid>("applicationId"), c.Actor(), ExpectedVersion(c)));

        Field<NonNullGraphType<ApplicationType>>("recordComparison")
            .Description("Records the clause-9 comparison of a discipline with one appendix entry. Several entries may be compared with one discipline, and their coverage combines; comparing an entry again replaces its earlier comparison.")
            .Argument<NonNullGraphType<IdGraphType>>("applicationId", "Id of the application.")
            .Argument<NonNullGraphType<ComparisonInputType>>("input", "The comparison.")
            .Argument<IntGraphType>("expectedVersion", ExpectedVersionDescription)
            .AllowRoles(CallerRoles.Reviewers)
            .ResolveAsync(async c => await c.Client().RecordComparison(
                c.GetArgument<Guid>("applicationId"), c.GetArgument<ComparisonAssessment>("input"), c.Actor(), ExpectedVersion(c)));

        Field<NonNullGraphType<ApplicationType>>("decideApplication")
            .Description("Records the Commission's final decision with its protocol; a decision cannot be changed. Recorded by the member whom the regulation in force has record or sign it (clause 22).")
            .Argument<NonNullGraphType<IdGraphType>>("applicationId", "Id of the application.")
            .Argument<NonNullGraphType<DecideApplicationInputType>>("input", "The decision.")
            .Argument<IntGraphType>("expectedVersion", ExpectedVersionDescription)
            .AllowRoles(CallerRoles.Deciders)
            .ResolveAsync(async c => await c.Client().Decide(
                c.GetArgument<Guid>("applicationId"), c.GetArgument<DecideApplication>("input"), c.Actor(), ExpectedVersion(c)));

        Field<NonNullGraphType<ApplicationType>>("withdrawApplication")
            .Description("The learner withdraws the application before a decision.")
            .Argument<NonNullGraphType<IdGraphType>>("applicationId", "Id of the application.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why.")
            .Argument<IntGraphType>("expectedVersion", ExpectedVersionDescription)
            .AllowRoles(ActorRole.Learner)
            .ResolveAsync(async c => await c.Client().Withdraw(
                c.GetArgument<Guid>("applicationId"), c.GetArgument<string>("reason"), c.Actor(), ExpectedVersion(c)));

        Field<NonNullGraphType<CertificateRecordType>>("registerVerifiedCertificate")
            .Description("Records a certificate verified at its source (the labour exchange feed); repeating the same record changes nothing.")
            .Argument<NonNullGraphType<CertificateInputType>>("input", "The certificate.")
            .AllowRoles(CallerRoles.Registry)
            .ResolveAsync(async c => await c.Client().RegisterVerifiedCertificate(c.GetArgument<CertificateInfo>("input"), c.Actor()));

        Field<NonNullGraphType<InDemandProfessionListType>>("publishInDemandProfessions")
            .Description("Publishes the exchange's list of in-demand professions for a year, replacing the year's list (the feed). Publishing the same list again changes nothing.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The calendar year the list is for.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<InDemandProfessionInputType>>>>("professions", "The whole list.")
            .AllowRoles(CallerRoles.Registry)
            .ResolveAsync(async c => await c.Client().PublishInDemandProfessions(
                c.GetArgument<int>("year"), c.GetArgument<List<InDemandProfessionInfo>>("professions"), c.Actor()));

        Field<NonNullGraphType<CertificateFeedBatchType>>("feedCertificates")
            .Description($"Registers up to {CertificateFeedKeys.MaxBatchSize} certificates issued by the exchange (the feed). Each record gets its own result; a bad record never fails the batch. Retry-safe: the same idempotencyKey with the same records answers as the first time; with other records it is a CONFLICT. For larger files use the NDJSON stream (README).")
            .Argument<NonNullGraphType<StringGraphType>>("idempotencyKey", "A key unique to this batch (e.g. file hash and batch number).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<CertificateFeedRecordInputType>>>>("records", $"1 to {CertificateFeedKeys.MaxBatchSize} records.")
            .AllowRoles(CallerRoles.Registry)
            .ResolveAsync(async c => await c.Client().FeedCertificates(
                c.GetArgument<string>("idempotencyKey"), c.GetArgument<List<CertificateFeedRecord>>("records"), c.Actor()));
    }

    private const string ExpectedVersionDescription =
        "The application's version as you last read it. A retry of the same command at that version returns the same " +
        "result; if the application has changed since, the answer is CONFLICT. Without it the command applies to whatever " +
        "the current version is.";

    private static int? ExpectedVersion(IResolveFieldContext context) => context.GetArgument<int?>("expectedVersion");
}
