using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Grading;

/// <summary>The recognised grade comes from the certificate's confirmed grade; a stated conversion stays within its band.</summary>
public sealed class RecognisedGradeTests
{
    private static readonly GradeScale Scale = GradeScale.Default;

    private static ConvertedGrade Confirmed(Grade grade) => GradeConverter.Convert(grade, Scale);

    private static ConvertedGrade Resolve(Grade confirmed, Grade? stated) => RecognisedGrade.Resolve(Confirmed(confirmed), stated, Scale, "CS-301");

    [Fact]
    public void Without_a_stated_grade_the_confirmed_grade_goes_in_through_the_scale() =>
        Assert.Equal(Letter.AMinus, Resolve(new PercentGrade(92), null).Letter);

    [Theory]
    [InlineData(90)]
    [InlineData(94)]
    public void A_stated_percentage_within_the_confirmed_band_is_taken(decimal stated) =>
        Assert.Equal(stated, Resolve(new PercentGrade(92), new PercentGrade(stated)).Percent);

    [Theory]
    [InlineData(95)]
    [InlineData(89)]
    public void A_stated_percentage_outside_the_confirmed_band_is_refused(decimal stated)
    {
        var ex = Assert.Throws<DomainException>(() => Resolve(new PercentGrade(92), new PercentGrade(stated)));

        Assert.Equal((DomainErrorCode.RuleViolation, "Grade"), (ex.Code, ex.Field));
        Assert.Contains("A- (90–94 %)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_letter_of_the_same_band_is_taken() =>
        Assert.Equal(Letter.AMinus, Resolve(new PercentGrade(92), new LetterGrade(Letter.AMinus)).Letter);

    [Fact]
    public void A_better_stated_letter_is_refused() =>
        Assert.Throws<DomainException>(() => Resolve(new LetterGrade(Letter.B), new LetterGrade(Letter.A)));

    [Theory]
    [InlineData(Letter.F)]
    [InlineData(Letter.FX)]
    public void A_failing_confirmed_grade_is_never_recognised_whatever_is_stated(Letter failing)
    {
        var ex = Assert.Throws<DomainException>(() => Resolve(new LetterGrade(failing), new LetterGrade(Letter.A)));

        Assert.Contains("whatever grade is stated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_pass_fail_certificate_is_never_recognised_whatever_is_stated() =>
        Assert.Contains("(failed)", Assert.Throws<DomainException>(() => Resolve(new PassFailGrade(false), new PercentGrade(80))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_bare_pass_goes_in_as_passed_outside_the_gpa()
    {
        var grade = Resolve(new PassFailGrade(true), null);

        Assert.Equal((null, true, false), (grade.Letter, grade.Passed, grade.CountsTowardsGpa));
    }

    [Fact]
    public void For_a_bare_pass_the_commission_may_state_any_passing_grade() =>
        Assert.Equal(Letter.B, Resolve(new PassFailGrade(true), new LetterGrade(Letter.B)).Letter);

    [Fact]
    public void For_a_bare_pass_a_stated_failing_grade_is_refused() =>
        Assert.Contains("with a failing grade (FX)", Assert.Throws<DomainException>(() => Resolve(new PassFailGrade(true), new PercentGrade(40))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_percentage_only_certificate_has_the_band_of_its_percentage() =>
        Assert.Throws<DomainException>(() => Resolve(new PercentGrade(81), new LetterGrade(Letter.BPlus)));

    [Fact]
    public void A_points_certificate_is_read_as_its_percentage() =>
        Assert.Equal(Letter.B, Resolve(new PointsGrade(41, 50), new PercentGrade(80)).Letter);

    [Fact]
    public void A_graded_course_cannot_be_stated_as_a_bare_pass() =>
        Assert.Throws<DomainException>(() => Resolve(new PercentGrade(92), new PassFailGrade(true)));
}
