namespace NationalRecognition.Domain.Applications;

/// <summary>Clause 9: outcomes are compared with an academic discipline's syllabus or an educational programme's module.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum RequestedItemKind
{
    Discipline = 0,
    Module = 1,
}
