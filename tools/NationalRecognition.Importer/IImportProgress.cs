namespace NationalRecognition.Importer;

/// <summary>Where the run reports how far it is.</summary>
internal interface IImportProgress
{
    void Start(long total, long done);

    void Advance(long done, ImportCounts counts);

    void Stop();
}
