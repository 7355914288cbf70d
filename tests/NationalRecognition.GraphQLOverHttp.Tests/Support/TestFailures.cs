using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.GraphQLOverHttp.Tests.Support;

/// <summary>An application's business error: its message is for the client, and it names the rule it broke.</summary>
public sealed class RuleBrokenException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}

/// <summary>An application's passing outage: the client should retry.</summary>
public sealed class OutageException() : Exception("The backing store did not answer.");

/// <summary>What the test schema's application adds to <c>extensions</c> for a broken rule.</summary>
public sealed record RuleBrokenClassification(string Rule, string Message) : ErrorClassification(TestErrorClassifier.RuleBroken, Message)
{
    public override void AddExtensions(IDictionary<string, object?> extensions) => extensions["rule"] = Rule;
}

/// <summary>The test application's classifier: broken rules keep their message and name the rule; outages say retry.</summary>
public sealed class TestErrorClassifier : IErrorClassifier
{
    public const string RuleBroken = "RULE_BROKEN";

    public const string RetryMessage = "Try again in a moment.";

    public ErrorClassification? Classify(Exception exception) => exception switch
    {
        RuleBrokenException broken => new RuleBrokenClassification(broken.Rule, broken.Message),
        OutageException => new ErrorClassification(GraphQLHttpErrorCodes.Unavailable, RetryMessage),
        _ => null,
    };
}
