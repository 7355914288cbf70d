using System.Diagnostics;
using OpenTelemetry;

namespace NationalRecognition.ServiceDefaults.Telemetry;

/// <summary>
/// Takes out of every span, before any exporter sees it, what may name a person: grain ids (an application's id is
/// harmless, but a certificate grain is keyed by its number and a learner's by a pseudonym of the IIN), query strings
/// (a GET may carry variables), and error descriptions (an exception's text may quote the input). The span keeps its
/// name, kind, timing, status code and the operation's type and name.
/// </summary>
public sealed class PersonalDataSpanFilter : BaseProcessor<Activity>
{
    private static readonly HashSet<string> Removed = new(StringComparer.Ordinal)
    {
        "url.query",
        "url.full",
        "http.url",
        "http.target",
        "orleans.rpc.source_id",
        "orleans.rpc.target_id",
        "orleans.grain.id",
        "orleans.activation.id",
        "orleans.durable_job.target_grain_id",
        "orleans.directory.forwarding.address",
        "orleans.directory.registered.address",
        "graphql.document",
        "exception.message",
        "exception.stacktrace",
        "error.message",
        "enduser.id",
    };

    public override void OnEnd(Activity data)
    {
        List<string>? remove = null;
        foreach (var tag in data.TagObjects)
        {
            if (Removed.Contains(tag.Key) || tag.Key.StartsWith("db.query.parameter.", StringComparison.Ordinal))
            {
                (remove ??= []).Add(tag.Key);
            }
        }

        if (remove is not null)
        {
            foreach (var key in remove)
            {
                data.SetTag(key, null);
            }
        }

        if (data.StatusDescription is not null)
        {
            data.SetStatus(data.Status);
        }
    }
}
