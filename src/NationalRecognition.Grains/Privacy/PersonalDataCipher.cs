using System.Security.Cryptography;
using System.Text;

namespace NationalRecognition.Grains.Privacy;

/// <summary>Seals and opens personal fields with a learner's data key (AES-256-GCM, the key id as associated data).</summary>
public static class PersonalDataCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>A fresh 256-bit data key.</summary>
    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    public static SealedText Seal(LearnerDataKey key, string text)
    {
        var plain = Encoding.UTF8.GetBytes(text);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), key.KeyId.ToByteArray());
        return new SealedText(key.KeyId, Convert.ToBase64String(sealedBytes));
    }

    public static string Open(byte[] key, SealedText field)
    {
        var sealedBytes = Convert.FromBase64String(field.Ciphertext);
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain,
            field.KeyId.ToByteArray());
        return Encoding.UTF8.GetString(plain);
    }
}
