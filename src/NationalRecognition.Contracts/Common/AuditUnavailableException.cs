namespace NationalRecognition.Contracts.Common;

/// <summary>A refusal could not be recorded in the log; the command may be retried once storage is back.</summary>
[GenerateSerializer, Alias("nr.AuditUnavailableException")]
public sealed class AuditUnavailableException : Exception
{
    public AuditUnavailableException()
    {
    }

    public AuditUnavailableException(string message)
        : base(message)
    {
    }

    public AuditUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
