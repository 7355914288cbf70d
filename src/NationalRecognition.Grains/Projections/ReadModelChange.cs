using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;

namespace NationalRecognition.Grains.Projections;

/// <summary>A change a projection makes to its read model; each store writes it in its own way (SQL or memory).</summary>
public abstract record ReadModelChange;

/// <summary>The application's listing row becomes this summary unless the row already has a newer version.</summary>
public sealed record ListingUpsert(ApplicationSummary Summary) : ReadModelChange;

/// <summary>One audit record of a scope (an institution's BIN, or the platform); its sequence is the event's position, so a repeat is a no-op.</summary>
public sealed record AuditAppend(string Scope, AuditRecord Record) : ReadModelChange;
