namespace NationalRecognition.Domain.Calendar;

/// <summary>
/// Kazakhstan's time. One zone, UTC+5 without daylight saving, since 1 March 2024 (00:00 local, 2024-02-29T18:00Z);
/// before that most of the country, Almaty and Astana included, was on UTC+6. Instants before the change are read
/// through the time zone database (<c>Asia/Almaty</c>), so dates of 2023 and early 2024 fall on the right day.
/// </summary>
public static class KazakhstanTime
{
    /// <summary>The instant the country moved to one zone, UTC+5.</summary>
    public static DateTimeOffset SingleZoneSince { get; } = new(2024, 2, 29, 18, 0, 0, TimeSpan.Zero);

    /// <summary>The offset since 1 March 2024.</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(5);

    private static readonly Lazy<TimeZoneInfo> Almaty = new(() => TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty"));

    /// <summary>The UTC offset in force at an instant.</summary>
    public static TimeSpan OffsetAt(DateTimeOffset instant) =>
        instant >= SingleZoneSince ? Offset : Almaty.Value.GetUtcOffset(instant);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(OffsetAt(instant));

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public static DateTimeOffset Now(TimeProvider timeProvider) => ToLocal(timeProvider.GetUtcNow());

    public static DateOnly Today(TimeProvider timeProvider) => DateOf(timeProvider.GetUtcNow());

    /// <summary>The instant a local date begins (midnight in Kazakhstan, at the offset of that day).</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        var asIfSingleZone = new DateTimeOffset(midnight, Offset);
        return asIfSingleZone >= SingleZoneSince
            ? asIfSingleZone
            : new DateTimeOffset(midnight, Almaty.Value.GetUtcOffset(midnight));
    }
}
