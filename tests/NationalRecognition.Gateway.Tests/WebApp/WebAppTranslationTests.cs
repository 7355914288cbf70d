using System.Text.Json;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.WebApp;

/// <summary>The application's UI strings: the same keys in Kazakh, Russian and English, none empty, placeholders kept.</summary>
public sealed class WebAppTranslationTests
{
    public static TheoryData<string> Languages => new() { "kk", "ru" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_english_string_has_a_translation(string language)
    {
        var english = Strings("en");
        var translated = Strings(language);

        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.All(translated, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{language}: '{pair.Key}' is empty."));
        Assert.All(english, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(translated[pair.Key])));
    }

    [Fact]
    public void Every_role_the_gateway_resolves_has_a_name_in_each_language()
    {
        var roles = Enum.GetNames<Contracts.Common.ActorRole>().Where(role => role is not ("System" or "Anonymous"));
        foreach (var language in new[] { "kk", "ru", "en" })
        {
            var strings = Strings(language);
            Assert.All(roles, role => Assert.True(strings.ContainsKey("role." + role), $"{language}: role.{role} is missing."));
        }
    }

    private static Dictionary<string, string> Strings(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(
            RepositoryPaths.File("src", "NationalRecognition.Gateway", "ClientApp", "app", "i18n", language + ".json")))!;

    private static List<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order()];
}
