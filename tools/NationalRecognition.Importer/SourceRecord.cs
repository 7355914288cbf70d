using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;

namespace NationalRecognition.Importer;

/// <summary>One record of the file by its line (its first line, for a CSV record spanning several): the record, or why it could not be read.</summary>
public sealed record SourceRecord(long Line, ExchangeCertificateRecord? Record, DomainException? Problem);
