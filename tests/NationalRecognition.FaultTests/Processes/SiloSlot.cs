namespace NationalRecognition.FaultTests.Processes;

/// <summary>One silo's place in the fault cluster: its ports stay the same across restarts, its process changes.</summary>
internal sealed class SiloSlot(int index, int siloPort, int gatewayPort, int httpPort)
{
    public int Index { get; } = index;

    public int SiloPort { get; } = siloPort;

    public int GatewayPort { get; } = gatewayPort;

    /// <summary>The silo's probe and metrics endpoint (SiloHttp).</summary>
    public int HttpPort { get; } = httpPort;

    /// <summary>How many times it has been started (names the processes silo-N#1, silo-N#2, …).</summary>
    public int Starts { get; set; }

    public ChildProcess? Process { get; set; }
}
