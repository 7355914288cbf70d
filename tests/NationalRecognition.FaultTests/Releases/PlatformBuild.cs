using NationalRecognition.FaultTests.Processes;

namespace NationalRecognition.FaultTests.Releases;

/// <summary>One version of the platform's programs: the silo (also the migrator and the projections tool) and the gateway.</summary>
/// <param name="Name">"old" or "new", for the names of its processes.</param>
/// <param name="Silo">The silo's dll.</param>
/// <param name="Gateway">The gateway's dll.</param>
/// <param name="GatewayReadsMembershipTable">
/// Whether its gateway finds the silos in the membership table in PostgreSQL (releases before ADR 0011: it needs the
/// connection string) rather than through configured silo gateway endpoints.
/// </param>
public sealed record PlatformBuild(string Name, string Silo, string Gateway, bool GatewayReadsMembershipTable)
{
    /// <summary>This tree, as built beside the test assembly: its gateway is given the silos' gateway endpoints.</summary>
    public static PlatformBuild Current => new("new", BuildOutputs.Silo, BuildOutputs.Gateway, GatewayReadsMembershipTable: false);

    /// <summary>
    /// Whether the published gateway at <paramref name="gatewayDll"/> carries Orleans' ADO.NET clustering, by which a
    /// gateway of a release before ADR 0011 read the membership table (its dependency list names the package).
    /// </summary>
    public static bool ReadsMembershipTable(string gatewayDll)
    {
        var dependencies = Path.ChangeExtension(gatewayDll, ".deps.json");
        return File.Exists(dependencies)
            && File.ReadAllText(dependencies).Contains("\"Microsoft.Orleans.Clustering.AdoNet/", StringComparison.Ordinal);
    }
}
