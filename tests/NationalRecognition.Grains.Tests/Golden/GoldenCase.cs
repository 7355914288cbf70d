using System.Text.Encodings.Web;
using System.Text.Json;
using Orleans.Serialization;
using Orleans.Storage;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>A sample of one stored or wire type, with the typed calls the tests make on it.</summary>
internal sealed class GoldenCase
{
    // Enums as numbers, as they are stored; letters unescaped so the Kazakh and Russian samples stay readable.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Func<Serializer, byte[]> _write;
    private readonly Func<Serializer, byte[]> _store;
    private readonly Func<Serializer, byte[], object?> _read;

    private GoldenCase(string name, Type type, object sample, Func<Serializer, byte[]> write, Func<Serializer, byte[]> store, Func<Serializer, byte[], object?> read)
    {
        Name = name;
        Type = type;
        Sample = sample;
        _write = write;
        _store = store;
        _read = read;
    }

    public string Name { get; }

    public Type Type { get; }

    public object Sample { get; }

    public static GoldenCase Of<T>(string name, T sample)
        where T : class =>
        new(name, typeof(T), sample,
            serializer => serializer.SerializeToArray(sample),
            serializer => new OrleansGrainStorageSerializer(serializer).Serialize(sample).ToArray(),
            (serializer, bytes) => serializer.Deserialize<T>(bytes));

    /// <summary>The bytes Orleans writes for the sample, on the wire and inside stored state.</summary>
    public byte[] Write(Serializer serializer) => _write(serializer);

    /// <summary>The bytes the grain storage provider writes for the sample (ADR 0002).</summary>
    public byte[] WriteForStorage(Serializer serializer) => _store(serializer);

    public object? Read(Serializer serializer, byte[] bytes) => _read(serializer, bytes);

    /// <summary>Every public value, for comparing what was read with what was written.</summary>
    public string Json(object? value) => JsonSerializer.Serialize(value, Type, JsonOptions);
}
