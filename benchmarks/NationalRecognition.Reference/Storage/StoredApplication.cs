namespace NationalRecognition.Reference.Storage;

/// <summary>What the endpoints answer about a stored application.</summary>
public sealed record StoredApplication(Guid Id, string Status);
