namespace NationalRecognition.Contracts.Institutions;

/// <summary>Universities recognise against disciplines, colleges against modules (competences).</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum CurriculumUnitKind
{
    Discipline = 0,
    Module = 1,
}
