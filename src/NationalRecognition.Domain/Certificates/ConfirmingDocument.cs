namespace NationalRecognition.Domain.Certificates;

/// <summary>A document that confirms learning outcomes or a qualification and is attached to an application.</summary>
public abstract record ConfirmingDocument
{
    public required string Number { get; init; }

    public required DateOnly IssueDate { get; init; }

    public abstract DocumentKind Kind { get; }
}
