using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>The real gateway with its co-hosted silo, shared by the API tests of one class.</summary>
public sealed class WorkflowGatewayFactory : GatewayFactory;
