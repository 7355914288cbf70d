using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Graph.Applications;
using NationalRecognition.Gateway.Graph.Audit;
using NationalRecognition.Gateway.Graph.Certificates;
using NationalRecognition.Gateway.Graph.Common;
using NationalRecognition.Gateway.Graph.Exchange;
using NationalRecognition.Gateway.Graph.Institutions;
using NationalRecognition.Gateway.Graph.People;
using NationalRecognition.Gateway.Graph.Reference;
using NationalRecognition.Gateway.Graph.Statistics;
using NationalRecognition.Gateway.People;

namespace NationalRecognition.Gateway.Graph;

/// <summary>
/// The <c>Query</c> root. Resolvers call the <see cref="Calls.PlatformClient"/> facade, never rules.
/// Not sealed so that tests can add probe fields (slow, failing) to the real root.
/// </summary>
public class PlatformQuery : ObjectGraphType
{
    private static readonly Lazy<RuleVersionCatalogue> RuleVersions = new(RuleVersionCatalogue.LoadDefault);

    /// <summary>Declares the root query fields.</summary>
    public PlatformQuery()
    {
        Name = "Query";
        Description = "Read operations of the National Recognition Platform.";

        Field<NonNullGraphType<PlatformInfoType>>("platform")
            .Description("The platform serving this API: name and version.")
            .AllowAnonymous()
            .Resolve(_ => PlatformInfo.Current);

        Field<PersonType>("me")
            .Description("The signed-in person, the roles the platform holds for them and the one this request acts in (the Acting-As header picks it); null without a person's token, and for machine clients and development tokens, whose roles are their token's.")
            .AllowAnonymous()
            .Resolve(c => c.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Features.Get<SignedInPerson>());

        Field<NonNullGraphType<ConnectionType<RoleHolderType>>>("institutionRoleHolders")
            .Description("The people holding roles at an institution (head, registrar, Commission roles), by role: its head and registrar, and platform administrators.")
            .Argument<NonNullGraphType<StringGraphType>>("bin", "The institution's BIN.")
            .WithPaging()
            .AllowRoles(CallerRoles.RoleHolderReaders)
            .ResolveAsync(async c => (await c.Client().RoleHolders(c.GetArgument<string>("bin"), c.Page(), c.Actor())).ToConnection());

        Field<InstitutionType>("institution")
            .Description("An institution by its BIN, with its calendar, catalogue, Commission and applications; null when not registered.")
            .Argument<NonNullGraphType<StringGraphType>>("bin", "The institution's BIN (12 digits).")
            .AllowAnonymous()
            .ResolveAsync(async c => await c.Client().Institution(c.GetArgument<string>("bin")));

        Field<ApplicationType>("application")
            .Description("An application by id (the learner, their institution's staff and administrators only); null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the application.")
            .AllowRoles(CallerRoles.ApplicationReaders)
            .ResolveAsync(async c => await c.Client().ApplicationInfo(c.GetArgument<Guid>("id"), c.Actor()));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditTrailEntryType>>>>("applicationTrail")
            .Description("An application's trail by id, including a submission refused at the door with its clause and reason (its learner, the institution's staff and administrators only).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the application (derived from the learner's IIN and idempotency key).")
            .AllowRoles(CallerRoles.ApplicationReaders)
            .ResolveAsync(async c => await c.Client().AuditTrail(c.GetArgument<Guid>("id"), c.Actor()));

        Field<NonNullGraphType<LearnerType>>("learner")
            .Description("A learner by IIN: their applications across institutions (the learner themself only).")
            .Argument<NonNullGraphType<StringGraphType>>("iin", "The learner's IIN (12 digits).")
            .AllowRoles(ActorRole.Learner, ActorRole.PlatformAdministrator)
            .Resolve(c => new Learner(c.GetArgument<string>("iin")));

        Field<CertificateRecordType>("certificate")
            .Description("A certificate of the registry by its key, with the recognitions granted on it (the feed and administrators only).")
            .Argument<NonNullGraphType<StringGraphType>>("registryKey", "Registry key: issuer and number, normalised.")
            .AllowRoles(CallerRoles.Registry)
            .ResolveAsync(async c => await c.Client().Certificate(c.GetArgument<string>("registryKey"), c.Actor()));

        Field<InDemandProfessionListType>("inDemandProfessions")
            .Description("The electronic labour exchange's list of in-demand professions for a calendar year (clause 10.3); null when none is published.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The calendar year; a certificate is judged by the list of its issue year.")
            .AllowAnonymous()
            .ResolveAsync(async c => await c.Client().InDemandProfessions(c.GetArgument<int>("year")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleVersionType>>>>("ruleVersions")
            .Description("The versions of the Rules with their effective dates and sources.")
            .AllowAnonymous()
            .Resolve(_ => RuleVersions.Value.Versions);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionInfoType>>>>("regions")
            .Description("Kazakhstan's regions and cities of republican significance with ISO codes and names.")
            .AllowAnonymous()
            .Resolve(_ => Enum.GetValues<Region>().Select(Regions.Info).ToList());

        Field<NonNullGraphType<StatisticsViewType>>("nationalStatistics")
            .Description("National recognition statistics for ministry analysts: filters, group-bys (drill-down ministry → region → institution, MONTH for a time series), top-N groups. No personal data; small cells are suppressed.")
            .Argument<NonNullGraphType<StatisticsFacetType>>("facet", "Which cut (ALL by default).", a => a.DefaultValue = StatisticsFacet.All)
            .Argument<StatisticsFilterInputType>("filter", "Which statistics to count.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsDimensionType>>>>("groupBy", "Dimensions to group by; none gives one total.", a => a.DefaultValue = new List<StatisticsDimension>())
            .Argument<IntGraphType>("top", "Keep only the largest groups (1–1000).")
            .AllowRoles(CallerRoles.StatisticsReaders)
            .ResolveAsync(async c => await c.Client().NationalStatistics(new StatisticsQuery(
                c.GetArgument<StatisticsFacet>("facet"),
                c.GetArgument<StatisticsFilter?>("filter") ?? StatisticsFilter.None,
                c.GetArgument<List<StatisticsDimension>>("groupBy") ?? [],
                c.GetArgument<int?>("top")), c.Actor()));

        Field<NonNullGraphType<ConnectionType<AuditRecordType>>>("auditLog")
            .Description("The audit log of one scope (an institution's BIN, or \"platform\") for one UTC day, newest first: the institution's head and registrar read their own, platform administrators every scope.")
            .Argument<NonNullGraphType<StringGraphType>>("scope", "An institution's BIN, or \"platform\" for calls that concern no institution.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("day", "The UTC day.")
            .WithPaging()
            .AllowRoles(CallerRoles.AuditReaders)
            .ResolveAsync(async c => (await c.Client().AuditLog(
                c.GetArgument<string>("scope"), c.GetArgument<DateOnly>("day"), c.Page(), c.Actor())).ToConnection());
    }
}
