namespace NationalRecognition.Benchmarks;

/// <summary>A request of the harness that got no good answer (status and the start of the body in the message).</summary>
public sealed class HarnessRequestException : Exception
{
    public HarnessRequestException()
    {
    }

    public HarnessRequestException(string message)
        : base(message)
    {
    }

    public HarnessRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
