using System.Reflection;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using Xunit;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>
/// Events written by today's types must be read by tomorrow's: the log is never rewritten, and projection
/// rebuilds and audit trails read every event in it again with whatever build is running. Each sample is
/// checked against the payload checked in under Golden/Events; see README.md in this folder for what to do
/// when one of these fails.
/// </summary>
public sealed class GoldenEventTests
{
    // Only the payload is checked: who wrote an event and when are columns of their own.
    private static readonly Actor Writer = new("golden", ActorRole.System);
    private static readonly DateTimeOffset At = new(2025, 9, 2, 16, 5, 0, TimeSpan.FromHours(5));

    public static TheoryData<string> Events
    {
        get
        {
            var events = new TheoryData<string>();
            foreach (var sample in EventSamples.All)
            {
                events.Add(KeyOf(sample.GetType()));
            }

            return events;
        }
    }

    [Fact]
    public void Every_event_type_has_a_golden_sample()
    {
        var sampled = EventSamples.All.Select(sample => sample.GetType()).ToList();
        var missing = EventCatalogue.Types.Except(sampled).Select(type => type.Name).Order(StringComparer.Ordinal).ToList();
        var twice = sampled.GroupBy(type => type).Where(group => group.Count() > 1).Select(group => group.Key.Name).ToList();

        Assert.True(missing.Count == 0,
            "Event types without a sample; add a fully populated one to Golden/EventSamples.cs:\n" + string.Join('\n', missing));
        Assert.True(twice.Count == 0, "Event types with more than one sample in Golden/EventSamples.cs:\n" + string.Join('\n', twice));
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Todays_event_types_read_every_golden_event_as_its_sample(string key)
    {
        var sample = Sample(key);
        EnsureCommitted(key, sample);

        // Today's file and every file kept from an earlier way of writing the same version hold the same values.
        foreach (var file in GoldenEventFiles.FilesOf(key))
        {
            var parsed = GoldenEventFiles.Parse(file)!.Value;
            var read = EventCatalogue.Read(Recorded(parsed.Name, parsed.SchemaVersion, GoldenEventFiles.Read(file)));

            var differences = ValueDifferences.Between(sample, read, sample.GetType().Name);
            Assert.True(differences.Count == 0,
                $"Golden/Events/{file} is no longer read as it was written; fix the type, do not regenerate (Golden/README.md):\n"
                + string.Join('\n', differences));
        }
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Todays_event_types_write_the_golden_event_exactly(string key)
    {
        var sample = Sample(key);
        EnsureCommitted(key, sample);

        var written = Write(sample);
        var golden = GoldenEventFiles.Read(GoldenEventFiles.FileOf(key));
        var at = written.AsSpan().CommonPrefixLength(golden);
        Assert.True(written == golden,
            $"{key} is now written differently from Golden/Events/{GoldenEventFiles.FileOf(key)}, from character {at}:\n"
            + $"  golden: {Around(golden, at)}\n  now:    {Around(written, at)}\n"
            + "A changed shape is a new schema version: keep the old file and its reader as Golden/README.md says.");
    }

    [Fact]
    public void Every_golden_event_file_is_read_by_todays_catalogue()
    {
        var problems = new List<string>();
        foreach (var file in GoldenEventFiles.All())
        {
            if (GoldenEventFiles.Parse(file) is not { } parsed)
            {
                problems.Add($"{file}: not named NAME.vVERSION.json or NAME.vVERSION.TAG.json");
                continue;
            }

            try
            {
                if (EventCatalogue.Read(Recorded(parsed.Name, parsed.SchemaVersion, GoldenEventFiles.Read(file))) is null)
                {
                    problems.Add($"{file}: no event type reads {parsed.Name} v{parsed.SchemaVersion} any more; "
                        + "the log still holds such events, so keep a reader for them (Golden/README.md)");
                }
            }
            catch (Exception exception)
            {
                problems.Add($"{file}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.True(problems.Count == 0, "Golden event files today's catalogue does not read:\n" + string.Join('\n', problems));
    }

    // The file key of an event type; a type without [PlatformEvent] keeps its CLR name, and Pending says what is wrong.
    private static string KeyOf(Type type) =>
        type.GetCustomAttribute<PlatformEventAttribute>() is { } stored ? GoldenEventFiles.KeyOf(stored.Name, stored.SchemaVersion) : type.Name;

    private static IPlatformEvent Sample(string key) => EventSamples.All.Single(sample => KeyOf(sample.GetType()) == key);

    /// <summary>The payload the log stores for an event, exactly as the grains write it.</summary>
    private static string Write(IPlatformEvent sample) => EventCatalogue.Pending(sample, Writer, null, At).Payload;

    private static RecordedEvent Recorded(string name, int schemaVersion, string payload) =>
        new(new LogPosition(1, 1), "golden/events", 1, name, schemaVersion, payload, At, Writer.SubjectId, Writer.Role.ToString(), null, null);

    // A missing file is written from today's sample and the test fails, so a golden test never passes on a file
    // it has just made: the developer reviews the new file and commits it.
    private static void EnsureCommitted(string key, IPlatformEvent sample)
    {
        var path = GoldenEventFiles.PathOf(GoldenEventFiles.FileOf(key));
        if (!File.Exists(path))
        {
            GoldenEventFiles.Write(key, Write(sample));
        }

        Assert.False(GoldenEventFiles.WasWrittenThisRun(key),
            $"Golden event {key} was missing and has been written to {path}: review it and commit it with the change that added it.");
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 30), Math.Min(text.Length, at + 50) - Math.Max(0, at - 30));
}
