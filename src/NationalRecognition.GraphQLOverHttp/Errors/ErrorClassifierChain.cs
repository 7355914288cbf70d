namespace NationalRecognition.GraphQLOverHttp.Errors;

/// <summary>
/// Classifies an exception by what it wraps as well: Orleans reports a failed activation or storage call inside an
/// <c>OrleansException</c> of its own, tasks inside an <see cref="AggregateException"/>, so the exception that says
/// what happened (a storage outage, a business refusal) is often an inner one.
/// </summary>
public static class ErrorClassifierChain
{
    // Exception chains are short; the bound only guards against a pathological cycle.
    private const int MaxDepth = 32;

    /// <summary>
    /// The classification of <paramref name="exception"/> or, when none of <paramref name="classifiers"/> knows it, of the
    /// first exception inside it that one knows (outermost first; every inner exception of an aggregate in turn); null
    /// when none is known.
    /// </summary>
    public static ErrorClassification? Classify(this IEnumerable<IErrorClassifier> classifiers, Exception? exception) =>
        classifiers.Recognise(exception)?.Classification;

    /// <summary>As <see cref="Classify"/>, with the exception that was recognised (whose message a classification without one shows).</summary>
    public static (ErrorClassification Classification, Exception Exception)? Recognise(this IEnumerable<IErrorClassifier> classifiers, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(classifiers);
        return Recognise(classifiers as IReadOnlyList<IErrorClassifier> ?? [.. classifiers], exception, 0);
    }

    private static (ErrorClassification, Exception)? Recognise(IReadOnlyList<IErrorClassifier> classifiers, Exception? exception, int depth)
    {
        if (exception is null || depth > MaxDepth)
        {
            return null;
        }

        foreach (var classifier in classifiers)
        {
            if (classifier.Classify(exception) is { } classification)
            {
                return (classification, exception);
            }
        }

        if (exception is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions)
            {
                if (Recognise(classifiers, inner, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        return Recognise(classifiers, exception.InnerException, depth + 1);
    }
}
