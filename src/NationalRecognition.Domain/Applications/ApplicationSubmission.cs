using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Identity;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// What a learner submits under clause 13: a free-form application to the Commission (the platform addresses it to the chair in office), the
/// confirming documents, and the disciplines or modules to recognise for one academic period.
/// </summary>
public sealed record ApplicationSubmission
{
    public required string ApplicantName { get; init; }

    public Iin? ApplicantIin { get; init; }

    public required string AcademicPeriodId { get; init; }

    public required IReadOnlyList<ConfirmingDocument> Documents { get; init; }

    public required IReadOnlyList<RequestedRecognition> Requested { get; init; }

    /// <summary>The free-form text of the application, when it was typed rather than attached.</summary>
    public string? Text { get; init; }
}
