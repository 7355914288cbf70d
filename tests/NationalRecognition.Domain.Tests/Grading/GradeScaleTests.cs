using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Grading;

public sealed class GradeScaleTests
{
    [Fact]
    public void Default_scale_is_the_point_rating_scale_with_FX() => Assert.Same(GradeScale.PointRatingWithFx, GradeScale.Default);

    [Fact]
    public void The_two_scale_versions_have_distinct_ids_and_12_and_11_letters()
    {
        Assert.NotEqual(GradeScale.PointRatingWithFx.Id, GradeScale.PointRatingWithoutFx.Id);
        Assert.Equal(12, GradeScale.PointRatingWithFx.Bands.Count);
        Assert.Equal(11, GradeScale.PointRatingWithoutFx.Bands.Count);
    }

    [Fact]
    public void Institution_scale_must_cover_0_to_100_percent() =>
        Assert.Throws<DomainException>(() => new GradeScale("custom", "Custom", [new(Letter.A, 4, 50, 100)]));

    [Fact]
    public void Institution_scale_may_not_reuse_a_letter() =>
        Assert.Throws<DomainException>(() => new GradeScale("custom", "Custom", [new(Letter.A, 4, 50, 100), new(Letter.A, 0, 0, 49)]));

    [Fact]
    public void Institution_scale_with_pass_and_fail_letters_only_is_allowed()
    {
        var scale = new GradeScale("custom", "Two bands", [new(Letter.D, 1, 50, 100), new(Letter.F, 0, 0, 49)]);

        Assert.Equal(Letter.D, scale.BandForPercent(77).Letter);
    }
}
