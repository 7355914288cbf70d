using NationalRecognition.Contracts.Audit;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Grains.ReadModels.Audit;

/// <summary>One audit record of a scope (an institution's BIN, or the platform); its sequence is the event's position, so a repeat is a no-op.</summary>
public sealed record AuditAppend(string Scope, AuditRecord Record) : ReadModelChange;
