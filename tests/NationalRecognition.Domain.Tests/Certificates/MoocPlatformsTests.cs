using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Certificates;

public sealed class MoocPlatformsTests
{
    [Theory]
    [InlineData("coursera", MoocPlatform.Coursera)]
    [InlineData("Coursera Inc.", MoocPlatform.Coursera)]
    [InlineData("  COURSERA  ", MoocPlatform.Coursera)]
    [InlineData("Cousera", MoocPlatform.Coursera)]
    [InlineData("Курсера", MoocPlatform.Coursera)]
    [InlineData("edX", MoocPlatform.EdX)]
    [InlineData("EDX", MoocPlatform.EdX)]
    [InlineData("edx.org", MoocPlatform.EdX)]
    [InlineData("Эдикс", MoocPlatform.EdX)]
    [InlineData("Future Learn", MoocPlatform.FutureLearn)]
    [InlineData("futurelearn.com", MoocPlatform.FutureLearn)]
    [InlineData("Future-Learn Ltd", MoocPlatform.FutureLearn)]
    [InlineData("udacity", MoocPlatform.Udacity)]
    [InlineData("Udacity, Inc.", MoocPlatform.Udacity)]
    [InlineData("Юдасити", MoocPlatform.Udacity)]
    public void The_four_platforms_of_clause_10_4_are_recognised_however_written(string written, MoocPlatform expected) =>
        Assert.Equal(expected, MoocPlatforms.Recognise(written));

    [Fact]
    public void Mooc_certificate_from_Udemy_is_refused_citing_clause_10_4()
    {
        var ex = Assert.Throws<DomainException>(() => MoocPlatforms.Recognise("Udemy"));

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("10.4", ex.Clause);
        Assert.Equal("Platform", ex.Field);
        Assert.Contains("Udemy", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Stepik")]
    [InlineData("Khan Academy")]
    [InlineData("Skillbox")]
    [InlineData("edu")]
    [InlineData("")]
    [InlineData(null)]
    public void Platforms_not_named_in_clause_10_4_are_not_recognised(string? written) =>
        Assert.False(MoocPlatforms.TryRecognise(written, out _));

    [Fact]
    public void Display_names_are_the_platforms_own_spelling() =>
        Assert.Equal(["Coursera", "edX", "FutureLearn", "Udacity"], Enum.GetValues<MoocPlatform>().Select(MoocPlatforms.DisplayName));
}
