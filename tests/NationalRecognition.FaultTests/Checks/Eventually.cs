namespace NationalRecognition.FaultTests.Checks;

/// <summary>Re-evaluates a check that depends on asynchronous delivery (listings, projections) until it holds.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Evaluates <paramref name="problems"/> until it returns none or <paramref name="timeout"/> passes; returns the
    /// last problems found (empty when the check came to hold).
    /// </summary>
    public static async Task<IReadOnlyList<string>> NoProblemsAsync(Func<Task<IReadOnlyList<string>>> problems, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = await problems();
            if (found.Count == 0 || DateTime.UtcNow >= deadline)
            {
                return found;
            }

            await Task.Delay(PollInterval);
        }
    }
}
