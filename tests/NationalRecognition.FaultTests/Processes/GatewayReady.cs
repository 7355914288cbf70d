using System.Net;

namespace NationalRecognition.FaultTests.Processes;

/// <summary>Waits until a gateway process answers its readiness probe (it reaches the cluster) with 200.</summary>
public static class GatewayReady
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <exception cref="TimeoutException">Not ready within <paramref name="timeout"/>; the message names the probe and the last answer.</exception>
    /// <exception cref="InvalidOperationException">The gateway process exited first.</exception>
    public static async Task WaitAsync(ChildProcess gateway, Uri readiness, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var deadline = new CancellationTokenSource(timeout);
        var last = "no answer yet";
        while (!deadline.IsCancellationRequested)
        {
            if (gateway.HasExited)
            {
                throw new InvalidOperationException(
                    $"{gateway.Name} exited with {await gateway.Exited} before {readiness} answered 200.{Environment.NewLine}{gateway.Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(readiness, deadline.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException exception)
            {
                last = exception.Message;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await Task.Delay(PollInterval, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        throw new TimeoutException(
            $"{gateway.Name}: {readiness} did not answer 200 within {timeout.TotalSeconds:0} s (last: {last}).{Environment.NewLine}{gateway.Tail()}");
    }
}
