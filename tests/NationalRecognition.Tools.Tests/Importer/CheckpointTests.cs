using NationalRecognition.Importer;

namespace NationalRecognition.Tools.Tests.Importer;

public sealed class CheckpointTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    private static Checkpoint Sample => new()
    {
        FileSha256 = new string('a', 64),
        BatchSize = 250,
        ThroughLine = 1_234,
        Batches = 5,
        ReportBytes = 987,
        Counts = new ImportCounts { Accepted = 1_000, Unchanged = 100, Updated = 10, Rejected = 120, Unreadable = 3 },
    };

    [Fact]
    public void A_saved_checkpoint_loads_as_it_was()
    {
        var file = _scratch.File("import.checkpoint.json");

        Sample.Save(file);

        Assert.Equal(Sample, Checkpoint.Load(file));
    }

    [Fact]
    public void No_checkpoint_file_loads_as_none()
    {
        Assert.Null(Checkpoint.Load(_scratch.File("absent.json")));
    }

    [Fact]
    public void Saving_replaces_the_previous_checkpoint_and_leaves_no_temporary_file()
    {
        var file = _scratch.File("import.checkpoint.json");
        Sample.Save(file);

        (Sample with { ThroughLine = 2_000, Batches = 6 }).Save(file);

        Assert.Equal(2_000, Checkpoint.Load(file)!.ThroughLine);
        Assert.False(System.IO.File.Exists(file.FullName + ".tmp"));
    }

    [Fact]
    public void A_stale_temporary_file_from_a_killed_save_does_not_change_what_is_loaded()
    {
        var file = _scratch.File("import.checkpoint.json");
        Sample.Save(file);
        System.IO.File.WriteAllText(file.FullName + ".tmp", "{\"fileSha256\":\"bbbb\",\"batchSi");

        Assert.Equal(Sample, Checkpoint.Load(file));
    }

    [Fact]
    public void A_stale_temporary_file_from_a_killed_save_does_not_stop_the_next_save()
    {
        var file = _scratch.File("import.checkpoint.json");
        System.IO.File.WriteAllText(file.FullName + ".tmp", new string('x', 10_000));

        Sample.Save(file);

        Assert.Equal(Sample, Checkpoint.Load(file));
    }

    [Fact]
    public void A_checkpoint_that_is_not_readable_is_refused_with_a_message_saying_what_to_do()
    {
        var file = _scratch.Write("import.checkpoint.json", "{\"fileSha256\":\"aaaa\",\"batch");

        var refusal = Assert.Throws<ImportFailedException>(() => Checkpoint.Load(file));

        Assert.Contains(file.FullName, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("delete it", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_without_the_file_hash_is_refused_with_a_message_saying_what_to_do()
    {
        var file = _scratch.Write("import.checkpoint.json", "{\"batchSize\":100,\"throughLine\":5}");

        var refusal = Assert.Throws<ImportFailedException>(() => Checkpoint.Load(file));

        Assert.Contains("delete it", refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _scratch.Dispose();
}
