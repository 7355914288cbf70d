using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Graph.Applications;
using NationalRecognition.Gateway.Graph.Commissions;
using NationalRecognition.Gateway.Graph.Common;

namespace NationalRecognition.Gateway.Graph.Institutions;

public sealed class InstitutionType : ObjectGraphType<InstitutionProfile>
{
    public InstitutionType()
    {
        Name = "Institution";
        Description = "An educational organisation (college or university), identified by its BIN.";
        Field(i => i.Bin).Description("Business identification number (12 digits).");
        Field(i => i.Names).Description("Official names.");
        Field(i => i.Kinds).Description("Kinds of education it provides.");
        Field(i => i.Ministries).Description("Ministries it answers to (follow from its kinds).");
        Field<NonNullGraphType<RegionInfoType>>("region").Description("Where it is.").Resolve(c => Regions.Info(c.Source.Region));
        Field(i => i.Policy).Description("Its recognition policy.");
        Field(i => i.RegisteredAt).Description("When it was registered on the platform.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AcademicPeriodType>>>>("academicCalendar")
            .Description("Its academic periods, by start date.")
            .ResolveAsync(async c => await c.Client().AcademicCalendar(c.Source.Bin));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeType>>>>("programmes")
            .Description("Its programme catalogue.")
            .ResolveAsync(async c => await c.Client().Programmes(c.Source.Bin));
        Field<CommissionType>("commission")
            .Description("Its Commission for the recognition of learning outcomes, once established by order.")
            .ResolveAsync(async c => c.Source.ActiveCommissionId is { } id ? await c.Client().Commission(id) : null);
        Field<NonNullGraphType<ConnectionType<ApplicationSummaryType>>>("applications")
            .Description("Its applications for one academic period, newest first (its staff only).")
            .Argument<NonNullGraphType<StringGraphType>>("period", "Id of the academic period.")
            .WithStatusFilter()
            .WithPaging()
            .AllowRoles(CallerRoles.ListingReaders)
            .ResolveAsync(async c => (await c.Client().InstitutionApplications(
                c.Source.Bin, c.GetArgument<string>("period"), c.Status(), c.Page(), c.Actor())).ToConnection());
    }
}
