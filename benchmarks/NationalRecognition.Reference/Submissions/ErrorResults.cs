using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Reference.Submissions;

/// <summary>A refused submission as HTTP: the status follows the domain's error code; the body says why.</summary>
public static class ErrorResults
{
    public static IResult For(DomainException refused) => For(refused.Code, refused.Reason, refused.Field, refused.Clause);

    public static IResult For(ReferenceRefusalException refused) => For(refused.Code, refused.Reason, refused.Field, refused.Clause);

    private static IResult For(DomainErrorCode code, string reason, string? field, string? clause) => Results.Json(
        new { code = code.ToString(), message = reason, field, clause },
        statusCode: code switch
        {
            DomainErrorCode.NotFound => StatusCodes.Status404NotFound,
            DomainErrorCode.Conflict => StatusCodes.Status409Conflict,
            DomainErrorCode.Forbidden => StatusCodes.Status403Forbidden,
            DomainErrorCode.Validation => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status422UnprocessableEntity,
        });
}
