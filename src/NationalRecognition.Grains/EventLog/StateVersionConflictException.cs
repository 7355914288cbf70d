namespace NationalRecognition.Grains.EventLog;

/// <summary>The stored state is not at the version the writer read: another activation wrote it first.</summary>
public sealed class StateVersionConflictException : Exception
{
    public StateVersionConflictException()
    {
    }

    public StateVersionConflictException(string message)
        : base(message)
    {
    }

    public StateVersionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
