using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Hosting.LocalMode;

/// <summary>
/// The projector's transaction in memory: nothing to carry, because the log lets one batch at a time through and each
/// store writes its batch under its own lock.
/// </summary>
public sealed class InMemoryProjectorTransaction : IProjectorTransaction
{
    private InMemoryProjectorTransaction()
    {
    }

    public static InMemoryProjectorTransaction Held { get; } = new();
}
