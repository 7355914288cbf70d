using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.Privacy;

/// <summary>An opaque cursor over a learner's read records, newest first: the instant, then the sequence, break ties.</summary>
public readonly record struct ReadCursor(DateTimeOffset At, long Sequence)
{
    public static ReadCursor Of(PersonalDataRead read) => new(read.At, read.Sequence);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"r{At.UtcTicks}:{Sequence}")));

    public static ReadCursor Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (!text.StartsWith('r') || colon < 0)
            {
                throw new FormatException("Not a read cursor.");
            }

            return new ReadCursor(
                new DateTimeOffset(long.Parse(text.AsSpan(1, colon - 1), NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero),
                long.Parse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("pageCursor.pagingCursorAfter"), "after");
        }
    }

    /// <summary>True when <paramref name="read"/> comes after this cursor in newest-first order.</summary>
    public bool IsBefore(PersonalDataRead read) => read.At < At || (read.At == At && read.Sequence < Sequence);
}
