using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Exchange;

/// <summary>
/// One line of an NDJSON feed file as a record: a JSON object with the fields of <see cref="ExchangeCertificateRecord"/>
/// in camelCase (numbers may be written as strings; unknown members are ignored). A line that is not UTF-8, not JSON
/// or not an object is refused with the reason, so that the other lines go on.
/// </summary>
public static class ExchangeRecordJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>Reads one line (without its line break).</summary>
    public static ExchangeCertificateRecord Parse(ReadOnlySpan<byte> line)
    {
        if (!Utf8.IsValid(line))
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("exchangeRecordJson.lineValidUTF"), "line");
        }

        var trimmed = line.Trim(" \t\r"u8);
        if (trimmed.StartsWith("\uFEFF"u8))
        {
            trimmed = trimmed[3..];
        }

        if (trimmed.IsEmpty || trimmed[0] != (byte)'{')
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("exchangeRecordJson.lineJSONObject"), "line");
        }

        if (!IsWellFormed(trimmed))
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("exchangeRecordJson.lineBrokenJSON"), "line");
        }

        try
        {
            return JsonSerializer.Deserialize<ExchangeCertificateRecord>(trimmed, Options)
                ?? throw new DomainException(DomainErrorCode.Validation, Message.Of("exchangeRecordJson.lineJSONObject2"), "line");
        }
        catch (JsonException exception)
        {
            // Well-formed JSON that does not fit: a member of the wrong type.
            var field = exception.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "line";
            throw new DomainException(DomainErrorCode.Validation, Message.Of("exchangeRecordJson.fieldValueWrong", ("field", field)), field);
        }
    }

    private static bool IsWellFormed(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: true, state: default);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The record as one NDJSON line (no line break), in the form <see cref="Parse"/> reads.</summary>
    public static string Write(ExchangeCertificateRecord record) => JsonSerializer.Serialize(record, WriteOptions);

    private static readonly JsonSerializerOptions WriteOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
