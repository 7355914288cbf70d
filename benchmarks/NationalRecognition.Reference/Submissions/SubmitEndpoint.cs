using System.Security.Cryptography;
using System.Text.Json;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Reference.Storage;

namespace NationalRecognition.Reference.Submissions;

/// <summary><c>POST /submit</c>: validates, then writes the application and its event in one statement (one transaction).</summary>
public static class SubmitEndpoint
{
    public static async Task<IResult> Handle(SubmitInput input, SubmissionValidator validator, ApplicationStore store)
    {
        try
        {
            var submission = validator.Validate(input, out var now);
            var fingerprint = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(input));
            var stored = await store.Submit(submission, input, fingerprint, now);
            return Results.Json(new { id = stored.Id, status = stored.Status });
        }
        catch (DomainException refused)
        {
            return ErrorResults.For(refused);
        }
        catch (ReferenceRefusalException refused)
        {
            return ErrorResults.For(refused);
        }
    }
}
