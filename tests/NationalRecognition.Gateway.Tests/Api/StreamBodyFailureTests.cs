using Microsoft.AspNetCore.Http;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Feed;
using NationalRecognition.Gateway.Graph.Inputs;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>What the feed stream makes of a body the client broke, and the keys its batches take.</summary>
public sealed class StreamBodyFailureTests
{
    [Fact]
    public void A_body_cut_short_or_with_broken_framing_is_400_BODY_INCOMPLETE() =>
        Assert.Equal((400, ErrorCodes.BodyIncomplete),
            Shape(ClientBodyFailure.Of(new BadHttpRequestException("Unexpected end of request content.", StatusCodes.Status400BadRequest))));

    [Fact]
    public void A_body_too_slow_for_the_minimum_data_rate_is_408_BODY_TOO_SLOW() =>
        Assert.Equal((408, ErrorCodes.BodyTooSlow),
            Shape(ClientBodyFailure.Of(new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout))));

    [Fact]
    public void A_body_over_the_limit_is_413_PAYLOAD_TOO_LARGE() =>
        Assert.Equal((413, ErrorCodes.PayloadTooLarge),
            Shape(ClientBodyFailure.Of(new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge))));

    [Fact]
    public void A_connection_lost_under_the_body_is_400_BODY_INCOMPLETE() =>
        Assert.Equal((400, ErrorCodes.BodyIncomplete), Shape(ClientBodyFailure.Of(new IOException("The client reset the request stream."))));

    [Fact]
    public void A_failure_of_the_platform_is_not_the_clients() =>
        Assert.Null(ClientBodyFailure.Of(new InvalidOperationException("a bug")));

    [Fact]
    public void Every_client_body_failure_says_what_to_do_next() =>
        Assert.All(
            new Exception[] { new BadHttpRequestException("x", 400), new BadHttpRequestException("x", 408), new BadHttpRequestException("x", 413), new IOException("x") },
            e => Assert.Contains("Idempotency-Key", ClientBodyFailure.Of(e)!.Message, StringComparison.Ordinal));

    [Fact]
    public void A_stream_batch_key_is_never_a_key_GraphQL_accepts()
    {
        var rule = InputLimits.TextRuleFor("feedCertificates", "idempotencyKey");
        InputLimits.CheckText("file-2026-12-07/3", rule);

        Assert.Throws<ArgumentException>(() => InputLimits.CheckText(CertificateStreamEndpoint.StreamBatchKey("file-2026-12-07", 3), rule));
    }

    [Fact]
    public void Two_streams_never_share_a_batch_key() =>
        Assert.NotEqual(CertificateStreamEndpoint.StreamBatchKey("a 1", 2), CertificateStreamEndpoint.StreamBatchKey("a", 12));

    private static (int, string)? Shape(ClientBodyFailure? failure) => failure is null ? null : (failure.Status, failure.Code);
}
