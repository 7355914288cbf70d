using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Identity;

/// <summary>
/// Individual identification number: YYMMDD date of birth, 7th digit century and sex
/// (1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s; odd male, even female), four serial digits, check digit.
/// </summary>
public readonly record struct Iin
{
    private const string FieldName = "IIN";
    private readonly string? _value;

    private Iin(string value, DateOnly birthDate, Sex sex)
    {
        _value = value;
        BirthDate = birthDate;
        Sex = sex;
    }

    public string Value => _value ?? string.Empty;

    public DateOnly BirthDate { get; }

    public Sex Sex { get; }

    public static Iin Parse(string value)
    {
        var digits = DigitText.RequireTwelveDigits(value, FieldName);

        var centuryDigit = digits[6] - '0';
        if (centuryDigit is < 1 or > 6)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("iin.fieldNameInvalidCentury", ("fieldName", FieldName), ("centuryDigit", centuryDigit)),
                FieldName);
        }

        var century = 1800 + (((centuryDigit - 1) / 2) * 100);
        var year = century + DigitText.Number(digits, 0, 2);
        var month = DigitText.Number(digits, 2, 2);
        var day = DigitText.Number(digits, 4, 2);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("iin.fieldNameInvalidDate", ("fieldName", FieldName), ("digits", digits[..6]), ("year", year)),
                FieldName);
        }

        DigitText.RequireCheckDigit(digits, FieldName);

        var sex = centuryDigit % 2 == 1 ? Sex.Male : Sex.Female;
        return new Iin(digits, new DateOnly(year, month, day), sex);
    }

    /// <summary>Parses and refuses a date of birth after <paramref name="today"/> (a Kazakhstan date): no such IIN is issued yet.</summary>
    public static Iin Parse(string value, DateOnly today)
    {
        var iin = Parse(value);
        if (iin.BirthDate > today)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("iin.fieldNameDateBirth", ("fieldName", FieldName), ("birthDate", iin.BirthDate), ("today", today)),
                FieldName);
        }

        return iin;
    }

    public static bool TryParse(string? value, out Iin iin, out string? error)
    {
        try
        {
            iin = Parse(value!);
            error = null;
            return true;
        }
        catch (DomainException ex)
        {
            iin = default;
            error = ex.Reason;
            return false;
        }
    }

    /// <summary>A form safe for logs: the first two and last two digits, the rest masked.</summary>
    public string Mask() => Value.Length == 12 ? string.Concat(Value.AsSpan(0, 2), new string('*', 8), Value.AsSpan(10, 2)) : string.Empty;

    public override string ToString() => Value;
}
