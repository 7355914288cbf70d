using NationalRecognition.FaultTests.Processes;

namespace NationalRecognition.FaultTests.Releases;

/// <summary>One version of the platform's programs: the silo (also the migrator and the projections tool) and the gateway.</summary>
/// <param name="Name">"old" or "new", for the names of its processes.</param>
/// <param name="Silo">The silo's dll.</param>
/// <param name="Gateway">The gateway's dll.</param>
public sealed record PlatformBuild(string Name, string Silo, string Gateway)
{
    /// <summary>This tree, as built beside the test assembly.</summary>
    public static PlatformBuild Current => new("new", BuildOutputs.Silo, BuildOutputs.Gateway);
}
