namespace NationalRecognition.GraphQLOverHttp.Errors;

/// <summary>
/// The application's part of error shaping: recognises the exceptions its resolvers throw whose message is meant for
/// the client (business errors) or that say "retry" (<see cref="GraphQLHttpErrorCodes.Unavailable"/>), and gives them
/// a public code. An exception no classifier recognises is reported as <see cref="GraphQLHttpErrorCodes.Internal"/>
/// without details. Register any number as <c>IErrorClassifier</c> singletons; the first that answers decides.
/// </summary>
public interface IErrorClassifier
{
    /// <summary>The classification of <paramref name="exception"/>, or null when this classifier doesn't know it.</summary>
    ErrorClassification? Classify(Exception exception);
}
