namespace NationalRecognition.Grains.Tests;

/// <summary>
/// Waits for a condition that the platform reaches asynchronously (outbox delivery, silo recovery),
/// failing with a message that names what was awaited.
/// </summary>
internal static class Eventually
{
    public static async Task<T> Reach<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        Exception? last = null;
        T? value = default;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                value = await probe();
                if (done(value))
                {
                    return value;
                }
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                last = exception;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Timed out waiting for {what}; last value: {value}", last);
    }
}
