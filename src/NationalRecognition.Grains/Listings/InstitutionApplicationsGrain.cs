using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Listings;

public sealed class InstitutionApplicationsGrain(
    [PersistentState("applications", GrainStorage.Name)] IPersistentState<ListingState> state,
    IOptions<WorkflowOptions> options)
    : ApplicationListingGrain(state, options), IInstitutionApplicationsGrain;
