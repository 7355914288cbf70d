using GraphQL.Types;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Gateway.Graph.Statistics;

public sealed class StatisticsCellType : ObjectGraphType<StatisticsCell>
{
    public StatisticsCellType()
    {
        Name = "StatisticsCell";
        Description = "One group of the answer: the values of the grouped dimensions and its figures. A suppressed cell (fewer than the threshold) has only its group.";
        Field("ministry", c => c.Group.Ministry, nullable: true).Description("The ministry, when grouped by it.");
        Field("region", c => c.Group.Region, nullable: true).Description("The region, when grouped by it.");
        Field("institutionKind", c => c.Group.InstitutionKind, nullable: true).Description("The institutions' principal kind, when grouped by it.");
        Field("institutionBin", c => c.Group.InstitutionBin, nullable: true).Description("The institution's BIN, when grouped by institution.");
        Field("programmeLevel", c => c.Group.ProgrammeLevel, nullable: true).Description("The programme level, when grouped by it.");
        Field("academicYear", c => c.Group.AcademicYear, nullable: true).Description("The academic year (the calendar year it starts in), when grouped by it.");
        Field("academicPeriodId", c => c.Group.AcademicPeriodId, nullable: true).Description("The academic period's id, when grouped by it.");
        Field("month", c => c.Group.Month, nullable: true).Description("The month (its first day, Kazakhstan time), when grouped by it.");
        Field("facetValue", c => c.Group.FacetValue, nullable: true).Description("The facet's value (issuer kind, platform, profession or clause), when grouped by it.");
        Field(c => c.Suppressed).Description("True when the cell is too small to show without singling out a learner (docs/security.md): every figure is null.");
        Field<IntGraphType>("applications").Description("Applications submitted (in the month of submission), whatever their status now.")
            .Resolve(c => Count(c.Source, x => x.Applications));
        Field<IntGraphType>("submitted").Description("Applications still submitted, not yet under review.")
            .Resolve(c => Count(c.Source, x => x.Of(ApplicationStatus.Submitted)));
        Field<IntGraphType>("underReview").Description("Applications under review.")
            .Resolve(c => Count(c.Source, x => x.Of(ApplicationStatus.UnderReview)));
        Field<IntGraphType>("withdrawn").Description("Applications withdrawn by their learners.")
            .Resolve(c => Count(c.Source, x => x.Of(ApplicationStatus.Withdrawn)));
        Field<IntGraphType>("decisions").Description("Decisions taken (in the month of the decision).")
            .Resolve(c => Count(c.Source, x => x.Decisions));
        Field<IntGraphType>("recognised").Description("Decisions recognising every requested unit.")
            .Resolve(c => Count(c.Source, x => x.DecisionsRecognised));
        Field<IntGraphType>("partlyRecognised").Description("Decisions recognising some of the requested units.")
            .Resolve(c => Count(c.Source, x => x.DecisionsPartlyRecognised));
        Field<IntGraphType>("notRecognised").Description("Decisions recognising none.")
            .Resolve(c => Count(c.Source, x => x.DecisionsNotRecognised));
        Field<FloatGraphType>("approvalRate").Description("Share of decisions that recognised at least one unit (0–1).")
            .Resolve(c => c.Source.Counts?.ApprovalRate);
        Field<IntGraphType>("unitsRecognised").Description("Disciplines and modules recognised.")
            .Resolve(c => Count(c.Source, x => x.UnitsRecognised));
        Field<IntGraphType>("unitsRefused").Description("Disciplines and modules refused (each with written reasons).")
            .Resolve(c => Count(c.Source, x => x.UnitsRefused));
        Field<DecimalGraphType>("creditsRecognised").Description("Academic credits recognised.")
            .Resolve(c => c.Source.Counts?.CreditsRecognised);
        Field<FloatGraphType>("medianDecisionHours").Description("Median hours from submission to decision, within the resolution of the fixed buckets.")
            .Resolve(c => c.Source.Counts?.MedianDecisionHours);
        Field<FloatGraphType>("p90DecisionHours").Description("90th percentile of the hours from submission to decision, within the resolution of the fixed buckets.")
            .Resolve(c => c.Source.Counts?.P90DecisionHours);
        Field<IntGraphType>("refusals").Description("Submissions refused at the door (facet REFUSAL_CLAUSE).")
            .Resolve(c => Count(c.Source, x => x.Refusals));
    }

    private static int? Count(StatisticsCell cell, Func<StatisticsCounts, long> count) =>
        cell.Counts is { } counts ? checked((int)count(counts)) : null;
}
