using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Certificates;

public sealed class CertificateRecordType : ObjectGraphType<CertificateRecord>
{
    public CertificateRecordType()
    {
        Name = "CertificateRecord";
        Description = "A certificate as the registry holds it, with every recognition granted on it.";
        Field(r => r.Key).Description("Registry key (issuer and number, normalised).");
        Field(r => r.Certificate).Description("The certificate.");
        Field(r => r.Source).Description("Verified by its issuer, or as submitted.");
        Field(r => r.RecordedAt).Description("When the registry recorded it.");
        Field(r => r.Recognitions).Description("Recognitions granted on its entries.");
    }
}
