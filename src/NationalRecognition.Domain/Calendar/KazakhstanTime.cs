namespace NationalRecognition.Domain.Calendar;

/// <summary>
/// Kazakhstan's single time zone, UTC+5 since 1 March 2024, without daylight saving. A fixed offset rather than a
/// tz database lookup so that deadlines do not depend on the host's time-zone data.
/// </summary>
public static class KazakhstanTime
{
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(5);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public static DateTimeOffset Now(TimeProvider timeProvider) => ToLocal(timeProvider.GetUtcNow());

    public static DateOnly Today(TimeProvider timeProvider) => DateOf(timeProvider.GetUtcNow());

    /// <summary>The instant a local date begins (midnight in Kazakhstan).</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
