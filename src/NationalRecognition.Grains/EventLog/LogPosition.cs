namespace NationalRecognition.Grains.EventLog;

/// <summary>
/// A place in the log's global order. Events are ordered by the id of the transaction that wrote them, then
/// by position: a reader only takes transactions older than every running one, so a late commit is never
/// skipped (ADR 0005).
/// </summary>
public readonly record struct LogPosition(ulong TransactionId, long Position) : IComparable<LogPosition>
{
    public static LogPosition Start { get; } = new(0, 0);

    public int CompareTo(LogPosition other)
    {
        var byTransaction = TransactionId.CompareTo(other.TransactionId);
        return byTransaction != 0 ? byTransaction : Position.CompareTo(other.Position);
    }

    public static bool operator <(LogPosition left, LogPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(LogPosition left, LogPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(LogPosition left, LogPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(LogPosition left, LogPosition right) => left.CompareTo(right) >= 0;
}
