namespace NationalRecognition.Grains.Privacy;

/// <summary>How read records are buffered before they are stored (<c>Privacy:Reads</c>).</summary>
public sealed class PersonalDataReadOptions
{
    public const string SectionName = "Privacy:Reads";

    /// <summary>How long a read record waits at most before it is stored: what a silo's crash can lose.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Records stored in one statement at most; a full batch is stored at once.</summary>
    public int MaxBatch { get; set; } = 1000;

    /// <summary>Records the buffer holds while storage is slow or down; beyond it new records are dropped and counted.</summary>
    public int Capacity { get; set; } = 100_000;
}
