using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Gateway.Calls;
using NationalRecognition.Gateway.DataLoading;

namespace NationalRecognition.Gateway.Graph.Common;

/// <summary>
/// The per-request batch loaders: a page of listing rows asks for its applications or institutions once, as a
/// batch, instead of one grain call per row as the fields resolve.
/// </summary>
public sealed class RequestLoaders
{
    public RequestLoaders(PlatformClient client, IHttpContextAccessor http)
    {
        var actor = CallerAccessor.ActorOf(http.HttpContext?.User);
        Applications = new BatchLoader<Guid, ApplicationInfo>((ids, _) => Measured("applications", ids.Count, client.Applications(ids, actor)));
        Institutions = new BatchLoader<string, InstitutionProfile>((bins, _) => Measured("institutions", bins.Count, client.Institutions(bins)));
    }

    public BatchLoader<Guid, ApplicationInfo> Applications { get; }

    public BatchLoader<string, InstitutionProfile> Institutions { get; }

    private static Task<T> Measured<T>(string loader, int keys, Task<T> fetch)
    {
        LoaderMetrics.BatchSize.Record(keys, new KeyValuePair<string, object?>("loader", loader));
        return fetch;
    }
}
