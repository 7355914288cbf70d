using System.Net;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Tests.Support;
using static NationalRecognition.Gateway.Tests.Support.GraphQLHttp;

namespace NationalRecognition.Gateway.Tests;

/// <summary>Every error carries extensions.code; business errors keep their message, others reveal nothing.</summary>
public sealed class ErrorShapingTests(ProbeGatewayFactory factory) : IClassFixture<ProbeGatewayFactory>
{
    [Fact]
    public async Task Domain_error_keeps_its_message_and_maps_code_field_and_clause()
    {
        var response = await PostAsync(factory.CreateClient(), new { query = "{ domainFailure }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await ReadJsonAsync(response))["errors"]![0]!;
        Assert.Equal("Institution 42 does not exist.", (string)error["message"]!);
        Assert.Equal("NOT_FOUND", (string)error["extensions"]!["code"]!);
        Assert.Equal("institutionId", (string)error["extensions"]!["field"]!);
        Assert.Equal("R-3.1", (string)error["extensions"]!["clause"]!);
        Assert.Equal("domainFailure", (string)error["path"]![0]!);
    }

    [Fact]
    public async Task Unexpected_exception_is_internal_with_no_details_outside_development()
    {
        var response = await PostAsync(factory.CreateClient(), new { query = "{ internalFailure }" });

        var body = await response.Content.ReadAsStringAsync();
        var error = (await ReadJsonAsync(response))["errors"]![0]!;
        Assert.Equal(RecognitionErrorInfoProvider.InternalErrorMessage, (string)error["message"]!);
        Assert.Equal("INTERNAL", (string)error["extensions"]!["code"]!);
        Assert.DoesNotContain("secret", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.Null(error["extensions"]!["details"]);
    }

    [Fact]
    public async Task Unexpected_exception_shows_details_in_development()
    {
        await using var development = GatewayFactory.WithProbes(environment: "Development");

        var response = await PostAsync(development.CreateClient(), new { query = "{ internalFailure }" });

        var error = (await ReadJsonAsync(response))["errors"]![0]!;
        Assert.Equal("INTERNAL", (string)error["extensions"]!["code"]!);
        Assert.Contains("InvalidOperationException", (string)error["extensions"]!["details"]!);
    }

    [Theory]
    [InlineData("Validation", "VALIDATION")]
    [InlineData("NotFound", "NOT_FOUND")]
    [InlineData("Conflict", "CONFLICT")]
    [InlineData("DeadlinePassed", "DEADLINE_PASSED")]
    [InlineData("RuleViolation", "RULE_VIOLATION")]
    [InlineData("InvalidTransition", "INVALID_TRANSITION")]
    [InlineData("Forbidden", "FORBIDDEN")]
    [InlineData("DEADLINE_PASSED", "DEADLINE_PASSED")]
    [InlineData("rule_violation", "RULE_VIOLATION")]
    public void Domain_codes_in_exception_data_become_public_codes(string domainCode, string expected)
    {
        var classification = new DomainErrorClassifier().Classify(ProbeQuery.DomainStyleException("m", domainCode));

        Assert.Equal(expected, classification?.Code);
    }

    [Theory]
    [InlineData("SqlState")]
    [InlineData("INTERNAL")]
    [InlineData("")]
    public void Codes_that_are_not_the_domains_are_not_classified(string code)
    {
        Assert.Null(new DomainErrorClassifier().Classify(ProbeQuery.DomainStyleException("m", code)));
    }

    [Fact]
    public void Exception_without_a_code_is_not_classified()
    {
        Assert.Null(new DomainErrorClassifier().Classify(new InvalidOperationException("m")));
    }
}
