using Microsoft.Extensions.Configuration;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Tests.Security;

/// <summary><c>scripts/token.sh --help</c> answers with the usage, in any mode, and prints no token.</summary>
public sealed class LocalTokenHelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_prints_the_usage_and_the_roles_and_succeeds(string option)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = LocalTokenCommand.Run(["token", option], new ConfigurationBuilder().Build(), output, error);

        Assert.Equal((0, string.Empty), (exit, error.ToString()));
        Assert.StartsWith("Usage: token --role <Role>", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("MinistryAnalyst", output.ToString(), StringComparison.Ordinal);
    }
}
