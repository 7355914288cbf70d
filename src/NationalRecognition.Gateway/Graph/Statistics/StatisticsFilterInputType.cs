using GraphQL.Types;
using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Gateway.Graph.Statistics;

public sealed class StatisticsFilterInputType : InputObjectGraphType<StatisticsFilter>
{
    public StatisticsFilterInputType()
    {
        Name = "StatisticsFilterInput";
        Description = "Which statistics to count; members left out do not filter.";
        Field(x => x.Ministry, nullable: true).Description("One ministry's sector (an analyst of a ministry may name only their own).");
        Field(x => x.Region, nullable: true).Description("One region or city.");
        Field(x => x.InstitutionKind, nullable: true).Description("Institutions of this principal kind.");
        Field(x => x.InstitutionBin, nullable: true).Description("One institution, by BIN.");
        Field(x => x.ProgrammeLevel, nullable: true).Description("Programmes of this level.");
        Field(x => x.AcademicYear, nullable: true).Description("The academic year by the calendar year it starts in (2025 = 2025/26).");
        Field(x => x.AcademicPeriodId, nullable: true).Description("One academic period, by the institutions' id of it (e.g. 2025-autumn).");
        Field(x => x.MonthFrom, nullable: true).Description("From this month (its first day), inclusive.");
        Field(x => x.MonthTo, nullable: true).Description("Up to this month (its first day), inclusive.");
        Field(x => x.FacetValue, nullable: true).Description("One value of the facet: an issuer kind (e.g. MoocPlatform), a platform (Coursera), a profession, or a clause (13).");
    }
}
