using NationalRecognition.Contracts.Applications;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Grains.ReadModels.Listings;

/// <summary>The application's listing row becomes this summary unless the row already has a newer version.</summary>
public sealed record ListingUpsert(ApplicationSummary Summary) : ReadModelChange;
