using GraphQL.Types;
using NationalRecognition.Domain.Comparison;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>VolumeVerdict</c>.</summary>
public sealed class VolumeVerdictType : EnumerationGraphType<VolumeVerdict>
{
    public VolumeVerdictType()
    {
        Name = "VolumeVerdict";
        Description = "How the certificate's volume in credits compares with the discipline's: equal, exceeds or short.";
    }
}
