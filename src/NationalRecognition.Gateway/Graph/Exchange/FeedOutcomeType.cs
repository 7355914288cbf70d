using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Exchange;

/// <summary>GraphQL enum <c>FeedOutcome</c>.</summary>
public sealed class FeedOutcomeType : EnumerationGraphType<FeedOutcome>
{
    public FeedOutcomeType()
    {
        Name = "FeedOutcome";
        Description = "What the registry did with a feed record: ACCEPTED (new), UNCHANGED (same as held), UPDATED (a new version, the earlier kept), REJECTED (see the reason).";
    }
}
