using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.ReadModels.Audit;

/// <summary>An opaque cursor over an audit log ordered newest first: the instant, then the log position, break ties.</summary>
public readonly record struct AuditCursor(DateTimeOffset At, long Sequence)
{
    public static AuditCursor Of(AuditRecord record) => new(record.At, record.Sequence);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{At.UtcTicks}:{Sequence}")));

    public static AuditCursor Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return new AuditCursor(
                new DateTimeOffset(long.Parse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero),
                long.Parse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("auditCursor.cursorOneLog"), "after");
        }
    }

    /// <summary>True when <paramref name="record"/> comes after this cursor in newest-first order.</summary>
    public bool IsBefore(AuditRecord record) =>
        record.At < At || (record.At == At && record.Sequence < Sequence);
}
