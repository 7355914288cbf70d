namespace NationalRecognition.Reference.Submissions;

/// <summary>A confirming document: a registry key or a certificate given in full (the reference has no registry).</summary>
public sealed record DocumentInput(string? RegistryKey, CertificateInput? Certificate);
