using GraphQL.Types;

namespace NationalRecognition.Gateway.Graph;

/// <summary>GraphQL type <c>Platform</c>.</summary>
public sealed class PlatformInfoType : ObjectGraphType<PlatformInfo>
{
    /// <summary>Declares the fields of <c>Platform</c>.</summary>
    public PlatformInfoType()
    {
        Name = "Platform";
        Description = "The National Recognition Platform serving this API.";
        Field(p => p.Name).Description("Name of the platform.");
        Field(p => p.Version).Description("Version of the gateway build answering this request.");
    }
}
