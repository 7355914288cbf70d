using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Classifies the platform's rule errors: <see cref="PlatformException"/> as it arrives from the grains, and
/// <see cref="DomainException"/> raised in the gateway itself. Anything else is not ours to explain.
/// </summary>
public sealed class DomainErrorClassifier : IErrorClassifier
{
    public ErrorClassification? Classify(Exception exception) => exception switch
    {
        PlatformException recognition =>
            new RuleErrorClassification(PublicCode(recognition.Code), recognition.Field, recognition.Clause, recognition.Message),
        DomainException domain => new RuleErrorClassification(PublicCode(domain.Code), domain.Field, domain.Clause, domain.Reason),
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
