namespace NationalRecognition.Domain.Institutions;

/// <summary>
/// The kind of educational organisation (clause 10.1 names the same four). It doubles as the education level
/// that decides the credit/hour ratio.
/// </summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum InstitutionKind
{
    Tvet = 0,
    PostSecondary = 1,
    Higher = 2,
    Postgraduate = 3,
}
