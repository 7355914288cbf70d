using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Identity;

/// <summary>
/// Business identification number: YYMM of registration, 5th digit entity type, 6th digit sub-type,
/// five serial digits, check digit.
/// </summary>
public readonly record struct Bin
{
    private const string FieldName = "BIN";

    // Two-digit registration years are read as 1990-2089: Kazakhstan registers legal entities since 1991.
    private const int PivotTwoDigitYear = 90;

    private readonly string? _value;

    private Bin(string value, int registrationYear, int registrationMonth, BinEntityType entityType, BinSubType subType)
    {
        _value = value;
        RegistrationYear = registrationYear;
        RegistrationMonth = registrationMonth;
        EntityType = entityType;
        SubType = subType;
    }

    public string Value => _value ?? string.Empty;

    public int RegistrationYear { get; }

    public int RegistrationMonth { get; }

    public BinEntityType EntityType { get; }

    public BinSubType SubType { get; }

    public static Bin Parse(string value)
    {
        var digits = DigitText.RequireTwelveDigits(value, FieldName);

        var month = DigitText.Number(digits, 2, 2);
        if (month is < 1 or > 12)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("bin.fieldNameInvalidRegistration", ("fieldName", FieldName), ("digits", digits[2..4])),
                FieldName);
        }

        var entityDigit = digits[4] - '0';
        if (entityDigit is < 4 or > 6)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("bin.fieldNameInvalidEntity", ("fieldName", FieldName), ("entityDigit", entityDigit)),
                FieldName);
        }

        var subTypeDigit = digits[5] - '0';
        if (subTypeDigit is < 0 or > 3)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("bin.fieldNameInvalidSub", ("fieldName", FieldName), ("subTypeDigit", subTypeDigit)),
                FieldName);
        }

        DigitText.RequireCheckDigit(digits, FieldName);

        var twoDigitYear = DigitText.Number(digits, 0, 2);
        var year = twoDigitYear >= PivotTwoDigitYear ? 1900 + twoDigitYear : 2000 + twoDigitYear;
        return new Bin(digits, year, month, (BinEntityType)entityDigit, (BinSubType)subTypeDigit);
    }

    /// <summary>Parses and refuses a registration month after the month of <paramref name="today"/> (a Kazakhstan date).</summary>
    public static Bin Parse(string value, DateOnly today)
    {
        var bin = Parse(value);
        if ((bin.RegistrationYear * 12) + bin.RegistrationMonth > (today.Year * 12) + today.Month)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("bin.fieldNameRegistrationMonth", ("fieldName", FieldName), ("registrationYear", bin.RegistrationYear), ("registrationMonth", bin.RegistrationMonth), ("today", today)),
                FieldName);
        }

        return bin;
    }

    public static bool TryParse(string? value, out Bin bin, out string? error)
    {
        try
        {
            bin = Parse(value!);
            error = null;
            return true;
        }
        catch (DomainException ex)
        {
            bin = default;
            error = ex.Reason;
            return false;
        }
    }

    public override string ToString() => Value;
}
