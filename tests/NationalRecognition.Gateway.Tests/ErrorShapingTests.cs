using System.Net;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.GraphQLOverHttp.Errors;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

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
        Assert.Equal("No institution with BIN 42 is registered.", (string)error["message"]!);
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
        Assert.Equal(GraphQLHttpErrorInfoProvider.InternalErrorMessage, (string)error["message"]!);
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
    [InlineData(DomainErrorCode.Validation, "VALIDATION")]
    [InlineData(DomainErrorCode.NotFound, "NOT_FOUND")]
    [InlineData(DomainErrorCode.Conflict, "CONFLICT")]
    [InlineData(DomainErrorCode.DeadlinePassed, "DEADLINE_PASSED")]
    [InlineData(DomainErrorCode.RuleViolation, "RULE_VIOLATION")]
    [InlineData(DomainErrorCode.InvalidTransition, "INVALID_TRANSITION")]
    [InlineData(DomainErrorCode.Forbidden, "FORBIDDEN")]
    public void Rule_errors_from_grains_keep_their_code_field_and_clause(DomainErrorCode code, string expected)
    {
        var classification = new DomainErrorClassifier().Classify(new PlatformException(code, "m", "field", "10.4"));

        Assert.Equal(new RuleErrorClassification(expected, "field", "10.4", "m"), classification);
    }

    [Fact]
    public void Domain_error_raised_in_the_gateway_shows_its_bare_reason()
    {
        var classification = new DomainErrorClassifier().Classify(new DomainException(DomainErrorCode.Validation, Message.Of("digitText.nameWrongCheck", ("name", "BIN")), "bin"));

        Assert.Equal(
            new RuleErrorClassification("VALIDATION", "bin", null, "BIN has a wrong check digit (the 12th digit): check for a typing error."),
            classification);
    }

    [Fact]
    public void Other_exceptions_are_not_classified()
    {
        Assert.Null(new DomainErrorClassifier().Classify(new InvalidOperationException("m")));
    }
}
