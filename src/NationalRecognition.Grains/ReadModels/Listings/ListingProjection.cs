using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Grains.ReadModels.Listings;

/// <summary>One row per application — the newest snapshot — for the Commission's queue, the institution's period view and the learner's view.</summary>
public sealed class ListingProjection : IProjection
{
    public const string ProjectionName = "listings";

    public string Name => ProjectionName;

    public IEnumerable<ReadModelChange> Project(RecordedEvent recorded)
    {
        if (recorded.StreamVersion is not null && EventCatalogue.Read(recorded) is IApplicationEvent application)
        {
            yield return new ListingUpsert(application.Summary.ToSummary());
        }
    }
}
