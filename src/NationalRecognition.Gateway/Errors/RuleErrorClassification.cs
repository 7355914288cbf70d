using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// A broken rule of the platform as the client reads it: the public code and message, and <c>extensions.field</c>
/// (the input field at fault) and <c>extensions.clause</c> (the clause of the Rules) when the error names them.
/// </summary>
/// <param name="Code">One of <see cref="ErrorCodes"/>.</param>
/// <param name="Field">The input field at fault, when the error concerns one.</param>
/// <param name="Clause">The clause of the Rules that was broken, when one was.</param>
/// <param name="Message">The message the client reads.</param>
/// <param name="Reason">What exactly was wrong beside the code (<c>extensions.reason</c>), e.g. <c>TOKEN_MISSING</c>.</param>
public sealed record RuleErrorClassification(string Code, string? Field, string? Clause, string? Message, string? Reason = null)
    : ErrorClassification(Code, Message)
{
    /// <summary>
    /// When <paramref name="anonymous"/>, a refusal to a caller without a token: <see cref="ErrorCodes.Unauthenticated"/>
    /// with the reason <c>TOKEN_MISSING</c>, and the refusal's own words after the advice to sign in.
    /// </summary>
    public RuleErrorClassification ToAnonymous(bool anonymous) => anonymous
        ? this with
        {
            Code = ErrorCodes.Unauthenticated,
            Reason = AccessErrorClassifier.TokenMissing,
            Message = Languages.GatewayMessages.Text("access.signInFirst", ("refusal", Message)),
        }
        : this;

    /// <inheritdoc />
    public override void AddExtensions(IDictionary<string, object?> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        if (Field is not null)
        {
            extensions["field"] = Field;
        }

        if (Clause is not null)
        {
            extensions["clause"] = Clause;
        }

        if (Reason is not null)
        {
            extensions["reason"] = Reason;
        }
    }
}
