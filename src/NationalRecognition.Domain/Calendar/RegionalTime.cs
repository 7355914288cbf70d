using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Domain.Calendar;

/// <summary>
/// Kazakhstan's time where the region matters: before 1 March 2024 the western regions (Aktobe, Atyrau, West
/// Kazakhstan, Mangystau) and Kyzylorda (since December 2018) were on UTC+5 while the rest of the country was on UTC+6.
/// Read through the time zone database, each region by its zone; since 1 March 2024 the whole country is on UTC+5.
/// </summary>
public static class RegionalTime
{
    private static readonly Dictionary<string, Lazy<TimeZoneInfo>> Zones = new(StringComparer.Ordinal);

    /// <summary>The time zone database's zone for the region's time before the single zone.</summary>
    public static string ZoneIdOf(Region region) => region switch
    {
        Region.Aktobe => "Asia/Aqtobe",
        Region.Atyrau => "Asia/Atyrau",
        Region.WestKazakhstan => "Asia/Oral",
        Region.Mangystau => "Asia/Aqtau",
        Region.Kyzylorda => "Asia/Qyzylorda",
        Region.Kostanay => "Asia/Qostanay",
        _ => "Asia/Almaty",
    };

    /// <summary>The UTC offset in force in the region at an instant.</summary>
    public static TimeSpan OffsetAt(DateTimeOffset instant, Region region) =>
        instant >= KazakhstanTime.SingleZoneSince ? KazakhstanTime.Offset : Zone(ZoneIdOf(region)).GetUtcOffset(instant);

    /// <summary>The region's local date at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, Region region) =>
        DateOnly.FromDateTime(instant.ToOffset(OffsetAt(instant, region)).DateTime);

    private static TimeZoneInfo Zone(string id)
    {
        lock (Zones)
        {
            if (!Zones.TryGetValue(id, out var zone))
            {
                zone = new Lazy<TimeZoneInfo>(() => TimeZoneInfo.FindSystemTimeZoneById(id));
                Zones[id] = zone;
            }

            return zone.Value;
        }
    }
}
