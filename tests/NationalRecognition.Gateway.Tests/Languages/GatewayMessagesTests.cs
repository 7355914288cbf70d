using System.Text.RegularExpressions;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.Languages;

public sealed partial class GatewayMessagesTests
{
    [Fact]
    public void Every_gateway_message_is_written_in_Kazakh_Russian_and_English_with_the_same_placeholders()
    {
        var problems = new List<string>();
        foreach (var key in MessageLanguages.All.SelectMany(GatewayMessages.Catalogue.Keys).Distinct(StringComparer.Ordinal))
        {
            var placeholders = MessageLanguages.All
                .Select(language => GatewayMessages.Catalogue.Template(language, key) is { } template
                    ? string.Join(",", MessageFormat.Placeholders(template).Select(p => p.Name).Distinct().Order(StringComparer.Ordinal))
                    : $"(no {language} text)")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (placeholders.Count > 1)
            {
                problems.Add($"{key}: {string.Join(" / ", placeholders)}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_gateway_message_key_the_code_names_is_written()
    {
        var source = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => path.Contains("Gateway", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        var used = source.SelectMany(text => GatewayKey().Matches(text).Select(match => match.Groups[1].Value)).Distinct().ToList();
        Assert.NotEmpty(used);

        Assert.All(used, key => Assert.True(GatewayMessages.Catalogue.Contains(key), $"{key} is not written"));
    }

    [Theory]
    [InlineData("Protocol.MembersPresent", "protocol.membersPresent")]
    [InlineData("Appendix[2].Grade", "appendix[2].grade")]
    [InlineData("documents[0].certificate.holderIin", "documents[0].certificate.holderIin")]
    [InlineData("IIN", "iin")]
    public void A_field_is_named_as_the_GraphQL_input_names_it(string field, string input) =>
        Assert.Equal(input, InputFieldPath.Of(field));

    // GatewayMessages.Text("key", …) and the keys of HttpErrorBody.MessageFor's switch ("http.…").
    [GeneratedRegex("""(?:GatewayMessages\.Text\(|=> )"((?:access|token|http|unavailable|stream)[A-Za-z.]*)"[,)]""")]
    private static partial Regex GatewayKey();
}
