using NationalRecognition.Domain.Messages;
using Xunit;

namespace NationalRecognition.Domain.Tests.Messages;

public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(1, "one")]
    [InlineData(21, "one")]
    [InlineData(101, "one")]
    [InlineData(2, "few")]
    [InlineData(4, "few")]
    [InlineData(22, "few")]
    [InlineData(0, "many")]
    [InlineData(5, "many")]
    [InlineData(11, "many")]
    [InlineData(12, "many")]
    [InlineData(14, "many")]
    [InlineData(25, "many")]
    [InlineData(111, "many")]
    public void Russian_whole_numbers_take_one_few_or_many(int number, string category) =>
        Assert.Equal(category, PluralRules.Category(MessageLanguages.Russian, number));

    [Fact]
    public void Russian_fractions_take_other() =>
        Assert.Equal(PluralRules.Other, PluralRules.Category(MessageLanguages.Russian, 1.5m));

    [Theory]
    [InlineData("en")]
    [InlineData("kk")]
    public void English_and_Kazakh_have_one_for_one_and_other_for_the_rest(string language) =>
        Assert.Equal(
            (PluralRules.One, PluralRules.Other, PluralRules.Other),
            (PluralRules.Category(language, 1), PluralRules.Category(language, 2), PluralRules.Category(language, 0)));
}
