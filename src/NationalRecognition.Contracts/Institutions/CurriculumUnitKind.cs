namespace NationalRecognition.Contracts.Institutions;

/// <summary>Universities recognise against disciplines, colleges against modules (competences).</summary>
public enum CurriculumUnitKind
{
    Discipline,
    Module,
}
