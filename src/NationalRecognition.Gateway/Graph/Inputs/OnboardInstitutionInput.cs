using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Gateway.Graph.Inputs;

/// <summary>The input of <c>onboardInstitution</c>: the profile and the head.</summary>
public sealed class OnboardInstitutionInput
{
    public InstitutionNames Names { get; set; } = new(string.Empty, string.Empty, string.Empty);

    public List<InstitutionKind> Kinds { get; set; } = [];

    public Region Region { get; set; }

    public RecognitionPolicy? Policy { get; set; }

    public PersonReference Head { get; set; } = new();

    public RegisterInstitution Profile() => new(Names, Kinds, Region, Policy);
}
