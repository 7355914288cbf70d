namespace NationalRecognition.Grains.Audit;

/// <summary>
/// Marks a grain method that changes state on behalf of an <see cref="Contracts.Common.Actor"/>: the
/// <see cref="AuditCallFilter"/> records every call of it, allowed or refused, in the audit log.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class AuditedMutationAttribute : Attribute;
