using GraphQL.Types;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>ApplicationStatus</c>.</summary>
public sealed class ApplicationStatusType : EnumerationGraphType<ApplicationStatus>
{
    public ApplicationStatusType()
    {
        Name = "ApplicationStatus";
        Description = "Where an application is in its lifecycle: submitted, under review, decided (recognised, partly or not recognised) or withdrawn.";
    }
}
