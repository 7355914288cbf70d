namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// What an <see cref="IErrorClassifier"/> recognised in an exception: the public code, and optionally the input
/// field and the rule clause it concerns. The exception's message is shown to the client as is.
/// </summary>
/// <param name="Code">One of <see cref="ErrorCodes"/>.</param>
/// <param name="Field">The input field at fault, when the error concerns one.</param>
/// <param name="Clause">The clause of the Rules that was broken, when one was.</param>
public sealed record ErrorClassification(string Code, string? Field = null, string? Clause = null, string? Message = null);
