using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Reference.Submissions;

/// <summary>A refused submission as HTTP: the status follows the domain's error code; the body says why.</summary>
public static class ErrorResults
{
    public static IResult For(DomainException refused) => Results.Json(
        new { code = refused.Code.ToString(), message = refused.Reason, field = refused.Field, clause = refused.Clause },
        statusCode: refused.Code switch
        {
            DomainErrorCode.NotFound => StatusCodes.Status404NotFound,
            DomainErrorCode.Conflict => StatusCodes.Status409Conflict,
            DomainErrorCode.Forbidden => StatusCodes.Status403Forbidden,
            DomainErrorCode.Validation => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status422UnprocessableEntity,
        });
}
