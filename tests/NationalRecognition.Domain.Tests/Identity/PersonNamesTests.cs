using NationalRecognition.Domain.Identity;
using Xunit;

namespace NationalRecognition.Domain.Tests.Identity;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Aigerim Sultanova", "AIGERIM SULTANOVA")]
    [InlineData("Aigerim Sultanova", "Sultanova Aigerim")]
    [InlineData("Айгерим Султанова", "Aigerim Sultanova")]
    [InlineData("Жанар Қасымова", "Zhanar Kassymova")]
    [InlineData("Ержан Хасенов", "Yerzhan Khasenov")]
    [InlineData("Султанова Айгерим Нурлановна", "Aigerim Sultanova")]
    public void Same_person_written_differently_matches(string left, string right) =>
        Assert.True(PersonNames.Match(left, right));

    [Theory]
    [InlineData("Aigerim Sultanova", "Aruzhan Tulegenova")]
    [InlineData("Aigerim Sultanova", "Sultanova")]
    [InlineData("Aigerim Sultanova", "")]
    public void Different_or_partial_name_does_not_match(string left, string right) =>
        Assert.False(PersonNames.Match(left, right));
}
