namespace NationalRecognition.Grains.Privacy;

/// <summary>
/// A personal field as events store it: AES-256-GCM under the learner's data key <see cref="KeyId"/>
/// (<see cref="PersonalDataCipher"/>); base64 of nonce, tag and ciphertext. Readable while the key lives.
/// </summary>
public sealed record SealedText(Guid KeyId, string Ciphertext);
