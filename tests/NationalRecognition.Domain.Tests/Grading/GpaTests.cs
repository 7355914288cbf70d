using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Grading;

public sealed class GpaTests
{
    [Fact]
    public void Gpa_is_the_credit_weighted_mean_of_points() =>
        Assert.Equal(3.5m, Gpa.Compute([(5m, 4.0m), (5m, 3.0m)]));

    [Fact]
    public void Heavier_discipline_weighs_more() =>
        Assert.Equal((6m * 4.0m + 2m * 2.0m) / 8m, Gpa.Compute([(6m, 4.0m), (2m, 2.0m)]));

    [Fact]
    public void Pass_fail_grades_are_left_out_of_the_gpa()
    {
        var scale = GradeScale.Default;
        var entries = new[]
        {
            (3m, GradeConverter.Convert(new LetterGrade(Letter.A), scale)),
            (5m, GradeConverter.Convert(new PassFailGrade(true), scale)),
        };

        Assert.Equal(4.0m, Gpa.Compute(entries));
    }

    [Fact]
    public void Gpa_of_nothing_is_refused() => Assert.Throws<DomainException>(() => Gpa.Compute(Array.Empty<(decimal, decimal)>()));

    [Fact]
    public void Gpa_refuses_non_positive_credits() => Assert.Throws<DomainException>(() => Gpa.Compute([(0m, 4m)]));
}
