using GraphQL;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>
/// Marks the execution <c>MapGraphQLHttp</c> runs at start-up to warm the executer up, so that telemetry, logs and
/// audit can leave it out: it is no client's request.
/// </summary>
public static class WarmUpExecution
{
    private const string Key = "NationalRecognition.GraphQLOverHttp.WarmUp";

    /// <summary>True for the start-up warm-up's execution, false for every request's.</summary>
    public static bool IsWarmUp(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UserContext?.ContainsKey(Key) == true;
    }

    internal static void Mark(ExecutionOptions options) => options.UserContext[Key] = true;
}
