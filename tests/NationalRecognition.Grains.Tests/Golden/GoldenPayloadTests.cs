using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Grains.Certificates;
using Orleans.Serialization;
using Xunit;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>
/// Bytes written by today's types must be read by tomorrow's: rows in PostgreSQL and messages between silos of
/// different versions outlive the code that wrote them. Each sample is checked against checked-in payloads;
/// see README.md in this folder for what to do when one of these fails.
/// </summary>
public sealed class GoldenPayloadTests
{
    // Configured as the silos' storage serializer is: Orleans' own serializer over the contracts and grains.
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(serializer => serializer
            .AddAssembly(typeof(ApplicationInfo).Assembly)
            .AddAssembly(typeof(CertificateState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    public static TheoryData<string> Cases
    {
        get
        {
            var cases = new TheoryData<string>();
            foreach (var golden in GoldenSamples.All)
            {
                cases.Add(golden.Name);
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Todays_types_read_every_golden_payload_with_every_value_it_carried(string name)
    {
        var golden = Case(name);
        EnsureCommitted(golden);

        foreach (var file in GoldenFiles.PayloadsOf(name))
        {
            var read = golden.Json(golden.Read(Serializer, GoldenFiles.ReadBytes(file)));
            if (file == name)
            {
                // Today's payload holds exactly today's sample.
                Assert.Equal(golden.Json(golden.Sample), read);
            }
            else
            {
                // A payload kept from an older shape: members added since may hold anything, but every value it
                // carried must come back unchanged.
                var lost = new List<string>();
                Carries(JsonNode.Parse(GoldenFiles.ReadValues(file)), JsonNode.Parse(read), "$", lost);
                Assert.True(lost.Count == 0, $"{file}.b64 is no longer read as written:\n" + string.Join('\n', lost));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Todays_types_write_the_golden_payload_byte_for_byte(string name)
    {
        var golden = Case(name);
        EnsureCommitted(golden);

        var written = golden.Write(Serializer);
        var expected = GoldenFiles.ReadBytes(name);
        var at = written.AsSpan().CommonPrefixLength(expected);
        Assert.True(written.AsSpan().SequenceEqual(expected),
            $"{name} is now written differently from Golden/Payloads/{name}.b64 (from byte {at}; {written.Length} bytes, golden {expected.Length}). "
            + "If the change is deliberate, keep the old payload and regenerate as Golden/README.md says.");
        Assert.True(Compact(golden.Json(golden.Sample)) == Compact(GoldenFiles.ReadValues(name)),
            $"Golden/Payloads/{name}.json no longer describes the sample; regenerate as Golden/README.md says.");
    }

    [Fact]
    public void Grain_storage_writes_the_same_bytes_as_the_serializer()
    {
        foreach (var golden in GoldenSamples.All)
        {
            Assert.Equal(golden.Write(Serializer), golden.WriteForStorage(Serializer));
        }
    }

    [Fact]
    public void Every_golden_file_belongs_to_a_sample_and_comes_in_a_pair()
    {
        var names = GoldenSamples.All.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(GoldenFiles.Folder).Select(Path.GetFileName).OfType<string>().ToList();

        var strays = files
            .Where(f => !names.Contains(GoldenFiles.CaseOf(f))
                || (Path.GetExtension(f) is not (GoldenFiles.BytesExtension or GoldenFiles.ValuesExtension))
                || !files.Contains(Path.ChangeExtension(f, Path.GetExtension(f) == GoldenFiles.BytesExtension ? GoldenFiles.ValuesExtension : GoldenFiles.BytesExtension)))
            .ToList();

        Assert.True(strays.Count == 0, "Golden files without a sample or without their .b64/.json partner:\n" + string.Join('\n', strays));
    }

    private static string Compact(string json) => JsonNode.Parse(json)?.ToJsonString() ?? "null";

    private static GoldenCase Case(string name) => GoldenSamples.All.Single(c => c.Name == name);

    // A missing payload is written from today's sample and the test fails, so a golden test never passes on
    // a file it has just made: the developer reviews the new payload and commits it.
    private static void EnsureCommitted(GoldenCase golden)
    {
        var bytes = File.Exists(GoldenFiles.PathOf(golden.Name, GoldenFiles.BytesExtension));
        var values = File.Exists(GoldenFiles.PathOf(golden.Name, GoldenFiles.ValuesExtension));
        if (!bytes && !values)
        {
            GoldenFiles.Write(golden.Name, golden.Write(Serializer), golden.Json(golden.Sample));
        }

        Assert.True(bytes == values,
            $"Golden/Payloads/{golden.Name} has only one of .b64 and .json; restore both from git, or delete both to regenerate.");
        Assert.False(GoldenFiles.WasWrittenThisRun(golden.Name),
            $"Golden payload {golden.Name} was missing and has been written to {GoldenFiles.PathOf(golden.Name, ".*")}: "
            + "review it and commit it with the change that added it.");
    }

    private static void Carries(JsonNode? recorded, JsonNode? read, string path, List<string> lost)
    {
        switch (recorded)
        {
            case JsonObject expected when read is JsonObject actual:
                foreach (var (member, value) in expected)
                {
                    if (actual.TryGetPropertyValue(member, out var got))
                    {
                        Carries(value, got, $"{path}.{member}", lost);
                    }
                    else
                    {
                        lost.Add($"{path}.{member}: no longer read");
                    }
                }

                break;
            case JsonArray expected when read is JsonArray actual && expected.Count == actual.Count:
                for (var i = 0; i < expected.Count; i++)
                {
                    Carries(expected[i], actual[i], $"{path}[{i}]", lost);
                }

                break;
            default:
                // Compared as written, so 4.50 and 4.5 differ: a decimal's scale is part of what was stored.
                var was = recorded?.ToJsonString() ?? "null";
                var now = read?.ToJsonString() ?? "null";
                if (was != now)
                {
                    lost.Add($"{path}: written {was}, read {now}");
                }

                break;
        }
    }
}
