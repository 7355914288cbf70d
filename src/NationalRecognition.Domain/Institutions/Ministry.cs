namespace NationalRecognition.Domain.Institutions;

/// <summary>The two ministries that share the Rules.</summary>
public enum Ministry
{
    /// <summary>Ministry of Enlightenment: TVET and post-secondary education.</summary>
    Enlightenment,

    /// <summary>Ministry of Science and Higher Education: higher and postgraduate education.</summary>
    ScienceAndHigherEducation,
}
