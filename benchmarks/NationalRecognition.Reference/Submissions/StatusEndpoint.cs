using NationalRecognition.Reference.Storage;

namespace NationalRecognition.Reference.Submissions;

/// <summary><c>GET /applications/{id}</c>: the application's status, read by id.</summary>
public static class StatusEndpoint
{
    public static async Task<IResult> Handle(Guid id, ApplicationStore store) =>
        await store.Status(id) is { } stored
            ? Results.Json(new { id = stored.Id, status = stored.Status })
            : Results.NotFound();
}
