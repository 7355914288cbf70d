namespace NationalRecognition.FaultTests.Api;

/// <summary>The definite answer to a request sent <see cref="Attempts"/> times; earlier attempts had unknown outcomes.</summary>
public sealed record RetriedAnswer(GraphQLAnswer Answer, int Attempts)
{
    /// <summary>Whether an earlier attempt may have been applied without the test hearing of it.</summary>
    public bool HadUnknownOutcome => Attempts > 1;
}
