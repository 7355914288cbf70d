namespace NationalRecognition.Domain.Applications;

/// <summary>Clause 9: outcomes are compared with an academic discipline's syllabus or an educational programme's module.</summary>
public enum RequestedItemKind
{
    Discipline,
    Module,
}
