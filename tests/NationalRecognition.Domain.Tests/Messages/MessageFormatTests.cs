using NationalRecognition.Domain.Messages;
using Xunit;

namespace NationalRecognition.Domain.Tests.Messages;

public sealed class MessageFormatTests
{
    private const string Documents = "В заявлении {count, plural, one {# документ} few {# документа} many {# документов} other {# документа}}.";

    [Theory]
    [InlineData("1", "В заявлении 1 документ.")]
    [InlineData("3", "В заявлении 3 документа.")]
    [InlineData("5", "В заявлении 5 документов.")]
    [InlineData("21", "В заявлении 21 документ.")]
    public void A_Russian_plural_takes_the_form_of_its_number(string count, string expected) =>
        Assert.Equal(expected, MessageFormat.Render(Documents, [new MessageArgument("count", count)], MessageLanguages.Russian));

    [Fact]
    public void A_number_is_written_with_a_decimal_comma_in_Russian_and_Kazakh_and_a_point_in_English()
    {
        MessageArgument[] credits = [MessageArgument.Of("credits", 2.5m)];

        Assert.Equal(
            ("2,5", "2,5", "2.5"),
            (MessageFormat.Render("{credits, number}", credits, MessageLanguages.Russian),
             MessageFormat.Render("{credits, number}", credits, MessageLanguages.Kazakh),
             MessageFormat.Render("{credits, number}", credits, MessageLanguages.English)));
    }

    [Fact]
    public void A_day_argument_is_written_as_yyyy_MM_dd() =>
        Assert.Equal("2026-09-01", MessageArgument.Of("day", new DateOnly(2026, 9, 1)).Value);

    [Fact]
    public void Placeholders_are_listed_with_their_plural_forms()
    {
        var placeholder = Assert.Single(MessageFormat.Placeholders(Documents));

        Assert.Equal(("count", "plural", "one few many other"), (placeholder.Name, placeholder.Kind, string.Join(' ', placeholder.Forms)));
    }

    [Fact]
    public void An_unclosed_plural_is_a_malformed_template() =>
        Assert.Throws<FormatException>(() => MessageFormat.Placeholders("{count, plural, one {#"));
}
