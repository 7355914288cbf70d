namespace NationalRecognition.Importer;

/// <summary>The import cannot go on; the message says why and what to do. The checkpoint stays, so a rerun resumes.</summary>
public sealed class ImportFailedException : Exception
{
    public ImportFailedException(string message)
        : base(message)
    {
    }

    public ImportFailedException()
    {
    }

    public ImportFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
