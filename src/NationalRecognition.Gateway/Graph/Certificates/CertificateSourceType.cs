using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Certificates;

public sealed class CertificateSourceType : EnumerationGraphType<CertificateSource>
{
    public CertificateSourceType()
    {
        Name = "CertificateSource";
        Description = "Where a registry record came from: verified by its issuer, or as a learner submitted it.";
    }
}
