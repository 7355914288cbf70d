namespace NationalRecognition.Domain.Institutions;

/// <summary>
/// The kind of educational organisation (clause 10.1 names the same four). It doubles as the education level
/// that decides the credit/hour ratio.
/// </summary>
public enum InstitutionKind
{
    Tvet,
    PostSecondary,
    Higher,
    Postgraduate,
}
