namespace NationalRecognition.Grains.Privacy;

/// <summary>Opening sealed fields for a reader: the text while the key lives, <see cref="Erased"/> once it is shredded.</summary>
public static class PersonalFields
{
    /// <summary>What a shredded field reads as, wherever it is shown.</summary>
    public const string Erased = "(erased)";

    /// <summary>The field's text, or null when its key was shredded (or is unknown to this store).</summary>
    public static async Task<string?> OpenAsync(ILearnerKeyStore keys, SealedText field, CancellationToken cancellationToken)
    {
        var found = await keys.FindAsync([field.KeyId], cancellationToken);
        return found.TryGetValue(field.KeyId, out var key) && key is not null ? PersonalDataCipher.Open(key, field) : null;
    }
}
