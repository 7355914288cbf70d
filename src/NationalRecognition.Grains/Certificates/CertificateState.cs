using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Grains.Certificates;

[GenerateSerializer, Alias("nr.CertificateState")]
public sealed class CertificateState
{
    [Id(0)]
    public CertificateInfo? Certificate { get; set; }

    [Id(1)]
    public CertificateSource Source { get; set; }

    [Id(2)]
    public DateTimeOffset RecordedAt { get; set; }

    [Id(3)]
    public List<RecognitionClaim> Recognitions { get; set; } = [];
}
