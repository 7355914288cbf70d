using System.Security.Cryptography;
using NationalRecognition.Grains.Privacy;
using Xunit;

namespace NationalRecognition.Grains.Tests.Privacy;

public sealed class PersonalDataCipherTests
{
    [Fact]
    public void Sealed_text_opens_with_its_key()
    {
        var key = new LearnerDataKey(Guid.NewGuid(), PersonalDataCipher.NewKey());

        Assert.Equal("Сәуле Керімова", PersonalDataCipher.Open(key.Key, PersonalDataCipher.Seal(key, "Сәуле Керімова")));
    }

    [Fact]
    public void Sealed_text_does_not_open_with_another_key()
    {
        var sealedText = PersonalDataCipher.Seal(new LearnerDataKey(Guid.NewGuid(), PersonalDataCipher.NewKey()), "030314601238");

        Assert.ThrowsAny<CryptographicException>(() => PersonalDataCipher.Open(PersonalDataCipher.NewKey(), sealedText));
    }

    [Fact]
    public void Sealing_the_same_text_twice_gives_different_ciphertexts()
    {
        var key = new LearnerDataKey(Guid.NewGuid(), PersonalDataCipher.NewKey());

        Assert.NotEqual(PersonalDataCipher.Seal(key, "030314601238").Ciphertext, PersonalDataCipher.Seal(key, "030314601238").Ciphertext);
    }
}
