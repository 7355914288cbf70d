namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>A change a projection makes to its read model; the read model's store writes it in its own way (SQL or memory).</summary>
public abstract record ReadModelChange;
