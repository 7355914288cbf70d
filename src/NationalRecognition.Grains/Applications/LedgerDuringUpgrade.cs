namespace NationalRecognition.Grains.Applications;

/// <summary>
/// While a rolling upgrade leaves a learner's ledger activated on a silo of the previous release, that silo cannot read
/// this release's ledger calls (pending applications, submission claims, decision reservations); Orleans answers with
/// the method it could not resolve (<see cref="TypeLoadException"/>). The door and the decision then do what the
/// previous release did — the certificate's claims and the ledger's check at the decision still refuse a duplicate —
/// until the ledger activates on an upgraded silo.
/// </summary>
internal static class LedgerDuringUpgrade
{
    /// <summary>The call's answer, or <paramref name="previousRelease"/> when the ledger's silo does not know the call.</summary>
    public static async Task<T> OrAsync<T>(Func<Task<T>> call, T previousRelease)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (IsUnknownCall(exception))
        {
            return previousRelease;
        }
    }

    /// <summary>Makes the call, or nothing when the ledger's silo does not know it.</summary>
    public static async Task OrSkipAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception exception) when (IsUnknownCall(exception))
        {
            // The previous release kept no such record: nothing to do.
        }
    }

    private static bool IsUnknownCall(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TypeLoadException)
            {
                return true;
            }
        }

        return false;
    }
}
