namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// Recognises exceptions whose message is meant for the client (business errors) and gives them a public code.
/// An exception no classifier recognises is reported as <see cref="ErrorCodes.Internal"/> without details.
/// </summary>
public interface IErrorClassifier
{
    /// <summary>The classification of <paramref name="exception"/>, or null when this classifier doesn't know it.</summary>
    ErrorClassification? Classify(Exception exception);
}
