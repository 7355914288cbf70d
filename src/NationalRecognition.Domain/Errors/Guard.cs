using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Errors;

/// <summary>Small input checks shared by the value objects; each failure names its field.</summary>
internal static class Guard
{
    public static string Required(string? value, string field, string? clause = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("guard.fieldRequired", ("field", field)), field, clause);
        }

        return value.Trim();
    }

    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items, string field)
    {
        if (items is null)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("guard.fieldRequired", ("field", field)), field);
        }

        return items.ToArray();
    }
}
