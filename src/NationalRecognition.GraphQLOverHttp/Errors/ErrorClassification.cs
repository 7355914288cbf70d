namespace NationalRecognition.GraphQLOverHttp.Errors;

/// <summary>
/// What an <see cref="IErrorClassifier"/> recognised in an exception: the public code, and the message to show (the
/// exception's own when null). A derived classification adds entries of its own to <c>extensions</c>.
/// </summary>
/// <param name="Code">The error's <c>extensions.code</c>.</param>
/// <param name="Message">The message the client reads; null shows the exception's message as is.</param>
public record ErrorClassification(string Code, string? Message = null)
{
    /// <summary>Adds what else the client should read beside the code (e.g. the input field at fault); nothing here.</summary>
    public virtual void AddExtensions(IDictionary<string, object?> extensions)
    {
    }
}
