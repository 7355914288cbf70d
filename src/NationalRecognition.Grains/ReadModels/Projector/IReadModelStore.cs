namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// Where one read model's rows live: it writes what its projection made of a batch, and empties itself for a rebuild,
/// both in the projector's transaction, so that the rows and the checkpoint move together.
/// </summary>
public interface IReadModelStore
{
    /// <summary>Writes a batch's changes (its own projection's, nothing else) in <paramref name="transaction"/>.</summary>
    Task ApplyAsync(IProjectorTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken);

    /// <summary>Removes every row in <paramref name="transaction"/>; the checkpoint goes back to the start with it.</summary>
    Task ResetAsync(IProjectorTransaction transaction, CancellationToken cancellationToken);
}
