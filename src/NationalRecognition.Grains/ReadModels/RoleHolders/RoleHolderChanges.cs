using NationalRecognition.Contracts.People;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Grains.ReadModels.RoleHolders;

/// <summary>A role now held at an institution; a repeat replaces the row (the same person, role and Commission).</summary>
public sealed record RoleHolderAdded(string InstitutionBin, RoleHolder Holder) : ReadModelChange;

/// <summary>A role no longer held at an institution; removing a row that is not there is a no-op.</summary>
public sealed record RoleHolderRemoved(string InstitutionBin, RoleHolder Holder) : ReadModelChange;
