using System.Diagnostics;

namespace NationalRecognition.Persistence.Tests;

/// <summary>Waits for something that happens on its own schedule (a reminder tick), with a message naming it.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string awaited)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:F0} s waiting for {awaited}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
