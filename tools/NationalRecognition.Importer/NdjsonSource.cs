using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;

namespace NationalRecognition.Importer;

/// <summary>Records of an NDJSON file: one JSON object a line; blank lines are skipped.</summary>
internal static class NdjsonSource
{
    public static IEnumerable<SourceRecord> Read(Stream stream)
    {
        foreach (var (number, bytes) in ByteLines.Read(stream))
        {
            if (bytes.AsSpan().Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            ExchangeCertificateRecord? record = null;
            DomainException? problem = null;
            try
            {
                record = ExchangeRecordJson.Parse(bytes);
            }
            catch (DomainException refusal)
            {
                problem = refusal;
            }

            yield return new SourceRecord(number, record, problem);
        }
    }
}
