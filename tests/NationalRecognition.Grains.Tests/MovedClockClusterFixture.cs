using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Testing;
using Orleans.TestingHost;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// A one-silo test cluster whose clock the tests move (<see cref="MovableClock"/>), with its own in-memory event log, so
/// that moving its clock touches no other test; and a version of the Rules that enters into force ten days after the
/// test day (<see cref="LaterVersionId"/>), so that a decision taken after it is judged by the version of the submission day.
/// </summary>
public sealed class MovedClockClusterFixture : IAsyncLifetime
{
    /// <summary>A version of the Rules in force from ten days after the test day, for this cluster only.</summary>
    public const string LaterVersionId = "test-later-amendment";

    public static readonly DateOnly LaterVersionFrom = TestClock.Today.AddDays(10);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public MovableClock Clock => MovableClock.Instance;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<MovedClockSiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>The shipped versions of the Rules and one more, entering into force ten days after the test day.</summary>
    internal static RuleVersionCatalogue Versions()
    {
        var shipped = RuleVersionCatalogue.LoadDefault().Versions;
        var later = new RuleVersion(LaterVersionId, "A later amendment (test)", LaterVersionFrom, "Test catalogue of the moved-clock cluster", [])
        {
            Checks = shipped[^1].Checks,
        };
        return new RuleVersionCatalogue([.. shipped, later]);
    }
}

[CollectionDefinition(Name)]
public sealed class MovedClockClusterCollection : ICollectionFixture<MovedClockClusterFixture>
{
    public const string Name = "moved-clock cluster";
}
