namespace NationalRecognition.Domain.Institutions;

public static class InstitutionKinds
{
    /// <summary>The ministry whose analysts see this kind of institution in their sector statistics.</summary>
    public static Ministry MinistryOf(InstitutionKind kind) => kind switch
    {
        InstitutionKind.Tvet or InstitutionKind.PostSecondary => Ministry.Enlightenment,
        InstitutionKind.Higher or InstitutionKind.Postgraduate => Ministry.ScienceAndHigherEducation,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown institution kind."),
    };
}
