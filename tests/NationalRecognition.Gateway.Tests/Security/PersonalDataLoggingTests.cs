using Microsoft.Extensions.Logging;
using NationalRecognition.ServiceDefaults.Logging;

namespace NationalRecognition.Gateway.Tests.Security;

/// <summary>IINs never reach a log provider: not in messages, structured values, scopes or exceptions.</summary>
public sealed class PersonalDataLoggingTests
{
    private const string Iin = Tokens.Iin;

    [Theory]
    [InlineData("learner 010517500019 applied", "learner 01********19 applied")]
    [InlineData("iin=010517500019,again:990101300015", "iin=01********19,again:99********15")]
    [InlineData("BIN 230440000129 stays", "BIN 230440000129 stays")]
    [InlineData("longer 0105175000191 and shorter 01051750001 stay", "longer 0105175000191 and shorter 01051750001 stay")]
    public void IIN_shaped_numbers_are_masked_and_BINs_are_not(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Fact]
    public async Task Captured_logs_of_the_host_carry_no_IIN()
    {
        await using var host = await SecureHost.Start();
        var logger = host.Logger("Recognition.Test");

        using (logger.BeginScope(new Dictionary<string, object?> { ["LearnerIin"] = Iin }))
        using (logger.BeginScope("request for " + Iin))
        {
            logger.LogInformation("Learner {Iin} submitted an application to {Bin}", Iin, Tokens.Bin);
            logger.LogWarning(new InvalidOperationException($"No certificate for {Iin}."), "Submission failed");
        }

        await host.Get("/whoami?iin=" + Iin);

        var all = string.Join('\n', host.Logs.Lines);
        Assert.DoesNotContain(Iin, all, StringComparison.Ordinal);
        Assert.Contains("Learner 05********37 submitted an application to 230440000129", all, StringComparison.Ordinal);
        Assert.Contains("Iin=05********37", all, StringComparison.Ordinal);
        Assert.Contains("LearnerIin=05********37", all, StringComparison.Ordinal);
        Assert.Contains("No certificate for 05********37.", all, StringComparison.Ordinal);
    }
}
