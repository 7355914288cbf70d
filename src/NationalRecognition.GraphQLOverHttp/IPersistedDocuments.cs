using Microsoft.AspNetCore.Http;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>
/// Persisted (allow-listed) documents: a request may name a registered document by <c>documentId</c> instead of sending
/// its text, and some callers (a browser session, say) may run nothing else. The application registers at most one, as
/// a singleton; without one, a request with a <c>documentId</c> is refused.
/// </summary>
public interface IPersistedDocuments
{
    /// <summary>The text of the document registered as <paramref name="documentId"/>, or null when there is none.</summary>
    string? Find(string documentId);

    /// <summary>Whether this request may run persisted documents only (asked after authentication).</summary>
    bool PersistedOnly(HttpContext context);
}
