using System.Collections;
using System.Globalization;
using System.Reflection;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>
/// Where two values differ, member by member and item by item. Records compare their lists by reference, so
/// they cannot be compared with Equals; and what was stored counts, so 4.50 differs from 4.5 and
/// 10:00+05:00 from 05:00+00:00.
/// </summary>
internal static class ValueDifferences
{
    public static IReadOnlyList<string> Between(object? expected, object? actual, string path)
    {
        var found = new List<string>();
        Compare(expected, actual, path, found);
        return found;
    }

    private static void Compare(object? expected, object? actual, string path, List<string> found)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                found.Add($"{path}: expected {Show(expected)}, read {Show(actual)}");
            }
        }
        else if (expected is IEnumerable items and not string && actual is IEnumerable readItems and not string)
        {
            // By items only: a sample's List may be read back as another collection of the declared type.
            var expectedItems = items.Cast<object?>().ToList();
            var actualItems = readItems.Cast<object?>().ToList();
            if (expectedItems.Count != actualItems.Count)
            {
                found.Add($"{path}: expected {expectedItems.Count} item(s), read {actualItems.Count}");
            }

            for (var i = 0; i < Math.Min(expectedItems.Count, actualItems.Count); i++)
            {
                Compare(expectedItems[i], actualItems[i], $"{path}[{i}]", found);
            }
        }
        else if (expected.GetType() != actual.GetType())
        {
            found.Add($"{path}: expected a {expected.GetType().Name}, read a {actual.GetType().Name}");
        }
        else if (IsOurs(expected.GetType()))
        {
            foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0))
            {
                Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", found);
            }
        }
        else if (!SameValue(expected, actual))
        {
            found.Add($"{path}: expected {Show(expected)}, read {Show(actual)}");
        }
    }

    // Equals, except that a decimal's scale and a time's offset are part of the value.
    private static bool SameValue(object expected, object actual) => expected switch
    {
        decimal number => number == (decimal)actual && number.Scale == ((decimal)actual).Scale,
        DateTimeOffset time => time.EqualsExact((DateTimeOffset)actual),
        _ => expected.Equals(actual),
    };

    // The platform's own records are compared member by member; anything else (strings, numbers, enums, dates) is a value.
    private static bool IsOurs(Type type) =>
        !type.IsEnum && type.Namespace?.StartsWith("NationalRecognition", StringComparison.Ordinal) == true;

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name,
    };
}
