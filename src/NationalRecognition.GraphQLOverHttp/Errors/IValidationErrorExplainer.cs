using GraphQL.Validation;

namespace NationalRecognition.GraphQLOverHttp.Errors;

/// <summary>
/// The application's part of shaping GraphQL.NET's own refusals of a document or its variables (a value its type does
/// not take, a variable of the wrong type, a field the type lacks): puts them in the caller's words and says how to fix
/// them. A refusal no explainer knows keeps GraphQL.NET's English message; either way <c>extensions.specifiedBy</c>
/// names the broken rule. Register any number as <c>IValidationErrorExplainer</c> singletons; the first that answers
/// decides. Keep the code <see cref="GraphQLHttpErrorCodes.Validation"/>: clients branch on it.
/// </summary>
public interface IValidationErrorExplainer
{
    /// <summary>The explanation of <paramref name="error"/>, or null when this explainer doesn't know it.</summary>
    ErrorClassification? Explain(ValidationError error);
}
