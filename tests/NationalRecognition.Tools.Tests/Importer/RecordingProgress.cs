using NationalRecognition.Importer;

namespace NationalRecognition.Tools.Tests.Importer;

/// <summary>The progress a run reported: the total it started with, and each count it advanced to.</summary>
internal sealed class RecordingProgress : IImportProgress
{
    public (long Total, long Done)? Started { get; private set; }

    public List<long> Advances { get; } = [];

    public bool Stopped { get; private set; }

    public void Start(long total, long done) => Started = (total, done);

    public void Advance(long done, ImportCounts counts) => Advances.Add(done);

    public void Stop() => Stopped = true;
}
