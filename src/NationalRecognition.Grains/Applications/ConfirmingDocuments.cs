using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.Applications;

/// <summary>
/// The application's documents as attached: a registry certificate must be the learner's own (and is taken at its
/// current version, verified at the source); a certificate typed in is taken as given, except one of the exchange,
/// which clause 10.3 accepts only from the registry.
/// </summary>
internal static class ConfirmingDocuments
{
    public static async Task<(List<CertificateInfo> Documents, List<DocumentProvenance> Provenance)> ResolveAsync(
        IGrainFactory grains, SubmitApplication command, Iin learner)
    {
        var documents = new List<CertificateInfo>();
        var provenance = new List<DocumentProvenance>();
        foreach (var (document, i) in command.Documents.Select((d, i) => (d, i)))
        {
            var field = $"documents[{i}]";
            switch (document.RegistryKey, document.Certificate)
            {
                case ({ } key, null):
                    var held = await grains.GetGrain<ICertificateGrain>(key).GetForHolder(learner.Value);
                    var registryNameMatches = CertificateOwnership.Check(
                        held.Certificate.HolderIin, held.Certificate.HolderName, learner, command.LearnerName, fromRegistry: true, field);
                    documents.Add(held.Certificate);
                    provenance.Add(new DocumentProvenance(key, held.Source, held.Version, registryNameMatches));
                    break;
                case (null, { } supplied):
                    SourceVerificationRules.EnsureVerifiedAtSource(supplied.IssuerKind, fromRegistry: false, $"{field}.certificate");
                    var nameMatches = CertificateOwnership.Check(
                        supplied.HolderIin, supplied.HolderName, learner, command.LearnerName, fromRegistry: false, $"{field}.certificate");
                    documents.Add(supplied);
                    provenance.Add(new DocumentProvenance(null, CertificateSource.SubmittedByLearner, null, nameMatches));
                    break;
                default:
                    throw new DomainException(DomainErrorCode.Validation,
                        Message.Of("confirmingDocuments.documentEitherRegistry"), field);
            }
        }

        return (documents, provenance);
    }
}
