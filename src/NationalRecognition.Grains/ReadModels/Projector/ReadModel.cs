namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// One read model as the projector runs it: its projection (what each event changes) and its store (where the changes
/// land). Registered with <see cref="ReadModelServiceCollectionExtensions.AddReadModel{TProjection, TStore}"/>; the
/// projector in the silos and the <c>projections</c> command both run the registered ones.
/// </summary>
public sealed record ReadModel(IProjection Projection, IReadModelStore Store)
{
    /// <summary>The name its checkpoint is kept under, and operators call it by.</summary>
    public string Name => Projection.Name;
}
