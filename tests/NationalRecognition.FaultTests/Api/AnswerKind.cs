namespace NationalRecognition.FaultTests.Api;

/// <summary>How the fault test treats an answer.</summary>
public enum AnswerKind
{
    /// <summary>Data without errors: the command was acknowledged (or the query answered).</summary>
    Data,

    /// <summary>
    /// No answer, a 5xx, or an error code that says the cluster could not answer (UNAVAILABLE, TIMEOUT, INTERNAL):
    /// the outcome is unknown, so the same request is sent again.
    /// </summary>
    Retryable,

    /// <summary>A definite refusal (any other error code): the platform answered and said no.</summary>
    Refused,
}
