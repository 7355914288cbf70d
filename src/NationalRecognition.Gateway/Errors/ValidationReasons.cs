namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// What exactly GraphQL.NET found wrong in a document or its variables (<c>extensions.reason</c> beside the code
/// <see cref="ErrorCodes.Validation"/>): stable like the codes, whatever the language of the message.
/// </summary>
public static class ValidationReasons
{
    /// <summary>A value its enum does not have; <c>extensions.validValues</c> lists those it has.</summary>
    public const string InvalidEnumValue = "INVALID_ENUM_VALUE";

    /// <summary>A date not written as <c>extensions.expectedFormat</c> (YYYY-MM-DD), or no such day.</summary>
    public const string InvalidDate = "INVALID_DATE";

    /// <summary>A date and time not written as <c>extensions.expectedFormat</c> (ISO 8601 with an offset).</summary>
    public const string InvalidDateTime = "INVALID_DATE_TIME";

    /// <summary>Any other value its type does not take (text for a number, say); <c>extensions.expectedType</c> names the type.</summary>
    public const string InvalidValue = "INVALID_VALUE";

    /// <summary>An input object with a field its type does not have.</summary>
    public const string UnknownInputField = "UNKNOWN_INPUT_FIELD";

    /// <summary>A required (non-null) variable without a value.</summary>
    public const string MissingVariable = "MISSING_VARIABLE";

    /// <summary>A variable declared with a type that does not fit where it is used.</summary>
    public const string VariableTypeMismatch = "VARIABLE_TYPE_MISMATCH";

    /// <summary>A selected field the type does not have.</summary>
    public const string UnknownField = "UNKNOWN_FIELD";

    /// <summary>An argument the field does not have.</summary>
    public const string UnknownArgument = "UNKNOWN_ARGUMENT";

    /// <summary>A required argument left out.</summary>
    public const string MissingArgument = "MISSING_ARGUMENT";
}
