namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>The gateway with the probe fields and default limits, shareable as a class fixture.</summary>
public sealed class ProbeGatewayFactory() : GatewayFactory(probes: true, configure: null, environment: "Production");
