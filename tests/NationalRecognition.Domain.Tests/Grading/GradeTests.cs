using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Grading;

public sealed class GradeTests
{
    [Theory]
    [InlineData("A-", Letter.AMinus)]
    [InlineData("A\u2212", Letter.AMinus)]
    [InlineData("a\u2013", Letter.AMinus)]
    [InlineData("B+", Letter.BPlus)]
    [InlineData("fx", Letter.FX)]
    [InlineData(" F ", Letter.F)]
    public void Letter_grades_are_read_with_either_minus_sign(string written, Letter letter) =>
        Assert.Equal(new LetterGrade(letter), Grade.Parse(written));

    [Fact]
    public void Percentage_grade_is_read_from_a_percent_sign() => Assert.Equal(87.5m, Assert.IsType<PercentGrade>(Grade.Parse("87,5 %")).Percent);

    [Fact]
    public void Points_grade_keeps_its_stated_scale()
    {
        var grade = Assert.IsType<PointsGrade>(Grade.Parse("4/5"));

        Assert.Equal(4m, grade.Value);
        Assert.Equal(5m, grade.ScaleMax);
    }

    [Theory]
    [InlineData("pass", true)]
    [InlineData("Passed", true)]
    [InlineData("зачтено", true)]
    [InlineData("fail", false)]
    public void Pass_and_fail_are_grades(string written, bool passed) => Assert.Equal(new PassFailGrade(passed), Grade.Parse(written));

    [Theory]
    [InlineData("G")]
    [InlineData("A++")]
    [InlineData("abc/5")]
    public void Unreadable_grade_is_refused(string written) =>
        Assert.Equal(DomainErrorCode.Validation, Assert.Throws<DomainException>(() => Grade.Parse(written)).Code);

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void Percentage_outside_0_to_100_is_refused(decimal percent) =>
        Assert.Throws<DomainException>(() => new PercentGrade(percent));

    [Theory]
    [InlineData(6, 5)]
    [InlineData(-1, 5)]
    [InlineData(3, 0)]
    public void Points_must_lie_on_a_positive_scale(decimal value, decimal max) =>
        Assert.Throws<DomainException>(() => new PointsGrade(value, max));
}
