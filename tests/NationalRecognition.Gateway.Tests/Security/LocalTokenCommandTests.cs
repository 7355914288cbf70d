using System.Net;
using Microsoft.Extensions.Configuration;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Tests.Security;

public sealed class LocalTokenCommandTests
{
    [Fact]
    public async Task In_local_mode_the_command_prints_a_token_the_gateway_accepts()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = LocalTokenCommand.Run(["token", "--role", "CommissionChair", "--bin", Tokens.Bin, "--sub", "chair-cli"],
            Configuration(SecureHost.LocalSettings()), output, error);
        await using var host = await SecureHost.Start();
        var response = await host.Get("/private", output.ToString().Trim());

        Assert.Equal((0, string.Empty), (exit, error.ToString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CommissionChair", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Learner_tokens_get_a_subject_of_their_own_derived_from_the_iin()
    {
        string Subject(params string[] args)
        {
            var output = new StringWriter();
            Assert.Equal(0, LocalTokenCommand.Run(["token", .. args], Configuration(SecureHost.LocalSettings()), output, new StringWriter()));
            return new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(output.ToString().Trim()).Subject;
        }

        var aigerim = Subject("--role", "Learner", "--iin", "030314601238");
        var yerlan = Subject("--role", "Learner", "--iin", "010715504561");

        Assert.NotEqual(aigerim, yerlan);
        Assert.Equal(aigerim, Subject("--role", "Learner", "--iin", "030314601238"));
        Assert.DoesNotContain("030314601238", aigerim, StringComparison.Ordinal);
        Assert.Equal("my-learner", Subject("--role", "Learner", "--iin", "030314601238", "--sub", "my-learner"));
    }

    [Theory]
    [InlineData("Recognition:Mode", "PostgreSql")]
    [InlineData("Authentication:Jwt:Authority", "https://idp.example")]
    public void Outside_local_mode_the_command_is_refused_and_prints_no_token(string key, string value)
    {
        var settings = SecureHost.LocalSettings();
        settings[key] = value;
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = LocalTokenCommand.Run(["token", "--role", "PlatformAdministrator"], Configuration(settings), output, error);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.Contains("local mode", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--role", "System")]
    [InlineData("--role", "Registrar")]
    [InlineData("--role", "Nobody")]
    [InlineData("--colour", "blue")]
    public void A_token_the_gateway_would_refuse_is_never_printed(string option, string value)
    {
        var output = new StringWriter();

        var exit = LocalTokenCommand.Run(["token", option, value], Configuration(SecureHost.LocalSettings()), output, new StringWriter());

        Assert.NotEqual(0, exit);
        Assert.Empty(output.ToString());
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
