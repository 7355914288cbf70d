using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Classifies the platform's rule errors: <see cref="PlatformException"/> as it arrives from the grains, and
/// <see cref="DomainException"/> raised in the gateway itself, in the request's language and with the field named as the
/// GraphQL input names it. Anything else is not ours to explain. A caller who sent no token and is refused
/// (<see cref="DomainErrorCode.Forbidden"/>) is told <see cref="ErrorCodes.Unauthenticated"/> instead, with
/// <c>extensions.reason</c> <c>TOKEN_MISSING</c>: signing in may be all that is missing.
/// </summary>
public sealed class DomainErrorClassifier(IHttpContextAccessor? httpContext = null) : IErrorClassifier
{
    public ErrorClassification? Classify(Exception exception) => exception switch
    {
        PlatformException recognition => new RuleErrorClassification(
            PublicCode(recognition.Code), InputFieldPath.Of(recognition.Field), recognition.Clause,
            GatewayMessages.Refusal(recognition.Text, recognition.Message))
            .ToAnonymous(recognition.Code == DomainErrorCode.Forbidden && IsAnonymous()),
        DomainException domain => new RuleErrorClassification(
            PublicCode(domain.Code), InputFieldPath.Of(domain.Field), domain.Clause, GatewayMessages.Refusal(domain.Text))
            .ToAnonymous(domain.Code == DomainErrorCode.Forbidden && IsAnonymous()),
        _ => null,
    };

    private bool IsAnonymous() => httpContext?.HttpContext?.User.Identity?.IsAuthenticated == false;

    public static string PublicCode(DomainErrorCode code) => code switch
    {
        DomainErrorCode.Validation => ErrorCodes.Validation,
        DomainErrorCode.NotFound => ErrorCodes.NotFound,
        DomainErrorCode.Conflict => ErrorCodes.Conflict,
        DomainErrorCode.DeadlinePassed => ErrorCodes.DeadlinePassed,
        DomainErrorCode.RuleViolation => ErrorCodes.RuleViolation,
        DomainErrorCode.InvalidTransition => ErrorCodes.InvalidTransition,
        DomainErrorCode.Forbidden => ErrorCodes.Forbidden,
        _ => ErrorCodes.Internal,
    };
}
