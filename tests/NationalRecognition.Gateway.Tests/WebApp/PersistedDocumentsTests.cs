using System.Security.Cryptography;
using System.Text;
using NationalRecognition.Gateway.WebApp;

namespace NationalRecognition.Gateway.Tests.WebApp;

/// <summary>The web application's allow-listed documents: each filed under the hash of its own text.</summary>
public sealed class PersistedDocumentsTests
{
    [Fact]
    public void Every_document_is_filed_under_the_sha256_of_its_text()
    {
        foreach (var (id, document) in new PersistedDocuments().All)
        {
            var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
            Assert.True(id == expected, $"The document filed as {id} must be filed as {expected}.");
        }
    }
}
