using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Classifies the platform's rule errors: <see cref="PlatformException"/> as it arrives from the grains, and
/// <see cref="DomainException"/> raised in the gateway itself, in the request's language and with the field named as the
/// GraphQL input names it. Anything else is not ours to explain.
/// </summary>
public sealed class DomainErrorClassifier : IErrorClassifier
{
    public ErrorClassification? Classify(Exception exception) => exception switch
    {
        PlatformException recognition => new RuleErrorClassification(
            PublicCode(recognition.Code), InputFieldPath.Of(recognition.Field), recognition.Clause,
            GatewayMessages.Refusal(recognition.Text, recognition.Message)),
        DomainException domain => new RuleErrorClassification(
            PublicCode(domain.Code), InputFieldPath.Of(domain.Field), domain.Clause, GatewayMessages.Refusal(domain.Text)),
        _ => null,
    };

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
