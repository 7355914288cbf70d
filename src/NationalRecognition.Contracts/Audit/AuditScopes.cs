using System.Globalization;

namespace NationalRecognition.Contracts.Audit;

/// <summary>
/// Audit logs are read per scope (an institution's BIN, or <see cref="Platform"/> for calls that concern no
/// institution) and per UTC day.
/// </summary>
public static class AuditScopes
{
    /// <summary>Mutations that concern no institution (certificate feed, refused calls of unknown tenant).</summary>
    public const string Platform = "platform";

    /// <summary>The key of one scope's log for one (UTC) day.</summary>
    public static string Key(string scope, DateOnly day) =>
        $"{scope}|{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The scope part of a log key.</summary>
    public static string ScopeOf(string key)
    {
        var bar = key.LastIndexOf('|');
        return bar > 0 ? key[..bar] : throw new ArgumentException($"'{key}' is not an audit log key (scope|yyyy-MM-dd).", nameof(key));
    }

    /// <summary>The day part of a log key.</summary>
    public static DateOnly DayOf(string key)
    {
        var bar = key.LastIndexOf('|');
        return bar > 0 && DateOnly.TryParseExact(key.AsSpan(bar + 1), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ArgumentException($"'{key}' is not an audit log key (scope|yyyy-MM-dd).", nameof(key));
    }
}
