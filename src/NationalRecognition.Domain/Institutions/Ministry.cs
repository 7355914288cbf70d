namespace NationalRecognition.Domain.Institutions;

/// <summary>The two ministries that share the Rules.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum Ministry
{
    /// <summary>Ministry of Enlightenment: TVET and post-secondary education.</summary>
    Enlightenment = 0,

    /// <summary>Ministry of Science and Higher Education: higher and postgraduate education.</summary>
    ScienceAndHigherEducation = 1,
}
