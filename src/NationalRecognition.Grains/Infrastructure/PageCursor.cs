using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.Infrastructure;

/// <summary>
/// An opaque Relay cursor over listings ordered newest first: the submission instant and the id break
/// ties, so a cursor stays valid while new applications arrive.
/// </summary>
public readonly record struct PageCursor(DateTimeOffset SubmittedAt, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{SubmittedAt.UtcTicks}:{Id:N}")));

    public static PageCursor Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var ticks = long.Parse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture);
            return new PageCursor(new DateTimeOffset(ticks, TimeSpan.Zero), Guid.ParseExact(text.AsSpan(colon + 1), "N"));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or ArgumentOutOfRangeException)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("pageCursor.pagingCursorAfter"), "after");
        }
    }

    /// <summary>Newest first: a later submission sorts before an earlier one; the id breaks ties.</summary>
    public static IComparer<PageCursor> NewestFirst { get; } = Comparer<PageCursor>.Create((x, y) =>
    {
        var byTime = y.SubmittedAt.UtcTicks.CompareTo(x.SubmittedAt.UtcTicks);
        return byTime != 0 ? byTime : x.Id.CompareTo(y.Id);
    });
}
