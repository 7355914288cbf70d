using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Tests.Applications;
using Xunit;

namespace NationalRecognition.Domain.Tests.Calendar;

/// <summary>Clause 13 with a unit taught in one or more periods: the named period must be one of them.</summary>
public sealed class TeachingPeriodsTests
{
    private static readonly AcademicPeriod Autumn = ApplicationBuilder.Autumn;
    private static readonly AcademicPeriod Spring = ApplicationBuilder.Spring;

    [Fact]
    public void A_unit_taught_in_several_periods_may_be_applied_for_in_any_of_them()
    {
        var unit = new ApplicationUnit(ApplicationBuilder.MachineLearning, [Autumn.Id, Spring.Id]);

        TeachingPeriods.EnsureTaughtIn([unit], Spring);
        TeachingPeriods.EnsureTaughtIn([unit], Autumn);
    }

    [Fact]
    public void Naming_a_period_the_unit_is_not_taught_in_is_refused_citing_clause_13()
    {
        var unit = new ApplicationUnit(ApplicationBuilder.MachineLearning, [Autumn.Id]);

        var refusal = Assert.Throws<DomainException>(() => TeachingPeriods.EnsureTaughtIn([unit], Spring));

        Assert.Equal((DomainErrorCode.RuleViolation, "AcademicPeriodId", "13"), (refusal.Code, refusal.Field, refusal.Clause));
        Assert.Contains(Autumn.Id, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_requested_unit_must_be_taught_in_the_named_period()
    {
        var both = new ApplicationUnit(ApplicationBuilder.MachineLearning, [Autumn.Id, Spring.Id]);
        var autumnOnly = new ApplicationUnit(new DisciplineSyllabus("CS-302", "Deep Learning", RequestedItemKind.Discipline, 5, ["LO1"]), [Autumn.Id]);

        Assert.Contains("CS-302", Assert.Throws<DomainException>(() => TeachingPeriods.EnsureTaughtIn([both, autumnOnly], Spring)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_without_a_period_cannot_have_its_deadline_judged()
    {
        var unit = new ApplicationUnit(ApplicationBuilder.MachineLearning);

        Assert.Equal(DomainErrorCode.Validation, Assert.Throws<DomainException>(() => TeachingPeriods.EnsureTaughtIn([unit], Autumn)).Code);
    }
}
