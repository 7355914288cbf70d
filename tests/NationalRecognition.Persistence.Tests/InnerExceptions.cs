namespace NationalRecognition.Persistence.Tests;

/// <summary>Finds the exception a host start-up failure is really about, however Orleans and the host wrapped it.</summary>
internal static class InnerExceptions
{
    public static T? Find<T>(Exception? error)
        where T : Exception
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is T match)
            {
                return match;
            }

            if (error is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(Find<T>).FirstOrDefault(e => e is not null);
            }
        }

        return null;
    }
}
