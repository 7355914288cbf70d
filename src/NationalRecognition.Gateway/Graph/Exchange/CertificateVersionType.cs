using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Exchange;

public sealed class CertificateVersionType : ObjectGraphType<CertificateVersion>
{
    public CertificateVersionType()
    {
        Name = "CertificateVersion";
        Description = "An earlier version of a registry certificate, replaced by a changed record from its source.";
        Field(v => v.Version).Description("The version number.");
        Field(v => v.Certificate).Description("The record as it was.");
        Field(v => v.RecordedAt).Description("When it was recorded.");
    }
}
