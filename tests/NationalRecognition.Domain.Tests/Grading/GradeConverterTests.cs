using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Grading;

public sealed class GradeConverterTests
{
    [Theory]
    [InlineData(100, Letter.A, 4.0)]
    [InlineData(95, Letter.A, 4.0)]
    [InlineData(94, Letter.AMinus, 3.67)]
    [InlineData(94.5, Letter.AMinus, 3.67)]
    [InlineData(85, Letter.BPlus, 3.33)]
    [InlineData(80, Letter.B, 3.0)]
    [InlineData(75, Letter.BMinus, 2.67)]
    [InlineData(70, Letter.CPlus, 2.33)]
    [InlineData(65, Letter.C, 2.0)]
    [InlineData(60, Letter.CMinus, 1.67)]
    [InlineData(55, Letter.DPlus, 1.33)]
    [InlineData(50, Letter.D, 1.0)]
    [InlineData(49, Letter.FX, 0.5)]
    [InlineData(25, Letter.FX, 0.5)]
    [InlineData(24, Letter.F, 0)]
    [InlineData(0, Letter.F, 0)]
    public void Percentage_converts_to_its_band_of_the_point_rating_scale(decimal percent, Letter letter, decimal points)
    {
        var converted = GradeConverter.Convert(new PercentGrade(percent), GradeScale.PointRatingWithFx);

        Assert.Equal(letter, converted.Letter);
        Assert.Equal(points, converted.GpaPoints);
        Assert.Equal(percent, converted.Percent);
        Assert.Equal("point-rating-with-fx", converted.ScaleId);
    }

    [Theory]
    [InlineData(49, Letter.F)]
    [InlineData(25, Letter.F)]
    [InlineData(50, Letter.D)]
    public void Older_scale_without_FX_gives_F_from_0_to_49(decimal percent, Letter letter) =>
        Assert.Equal(letter, GradeConverter.Convert(new PercentGrade(percent), GradeScale.PointRatingWithoutFx).Letter);

    [Fact]
    public void Letter_FX_is_not_on_the_older_scale() =>
        Assert.Throws<DomainException>(() => GradeConverter.Convert(new LetterGrade(Letter.FX), GradeScale.PointRatingWithoutFx));

    [Theory]
    [InlineData(4, 5, Letter.B)]
    [InlineData(87, 100, Letter.BPlus)]
    [InlineData(5, 5, Letter.A)]
    public void Points_convert_through_the_percent_of_the_scale_maximum(decimal value, decimal max, Letter letter)
    {
        var converted = GradeConverter.Convert(new PointsGrade(value, max), GradeScale.Default);

        Assert.Equal(letter, converted.Letter);
        Assert.Equal(value / max * 100, converted.Percent);
    }

    [Fact]
    public void Letter_converts_to_itself_without_inventing_a_percentage()
    {
        var converted = GradeConverter.Convert(new LetterGrade(Letter.BMinus), GradeScale.Default);

        Assert.Equal(Letter.BMinus, converted.Letter);
        Assert.Equal(2.67m, converted.GpaPoints);
        Assert.Null(converted.Percent);
        Assert.Equal(TraditionalMark.Good, converted.TraditionalMark);
    }

    [Fact]
    public void Pass_has_no_letter_and_no_gpa_points_and_does_not_count_towards_gpa()
    {
        var converted = GradeConverter.Convert(new PassFailGrade(true), GradeScale.Default);

        Assert.True(converted.Passed);
        Assert.Null(converted.Letter);
        Assert.Null(converted.GpaPoints);
        Assert.Null(converted.TraditionalMark);
        Assert.False(converted.CountsTowardsGpa);
    }

    [Fact]
    public void Fail_is_recorded_as_not_passed() => Assert.False(GradeConverter.Convert(new PassFailGrade(false), GradeScale.Default).Passed);

    [Theory]
    [InlineData(Letter.FX)]
    [InlineData(Letter.F)]
    public void FX_and_F_are_failing_letters(Letter letter) =>
        Assert.False(GradeConverter.Convert(new LetterGrade(letter), GradeScale.Default).Passed);

    [Theory]
    [InlineData(Letter.A, TraditionalMark.Excellent)]
    [InlineData(Letter.AMinus, TraditionalMark.Excellent)]
    [InlineData(Letter.BPlus, TraditionalMark.Good)]
    [InlineData(Letter.CPlus, TraditionalMark.Satisfactory)]
    [InlineData(Letter.D, TraditionalMark.Satisfactory)]
    [InlineData(Letter.FX, TraditionalMark.Unsatisfactory)]
    public void Letters_map_to_the_traditional_5_4_3_2_mark(Letter letter, TraditionalMark mark) =>
        Assert.Equal(mark, GradeScale.TraditionalMarkOf(letter));
}
