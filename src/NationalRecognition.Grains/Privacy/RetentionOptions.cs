namespace NationalRecognition.Grains.Privacy;

/// <summary>
/// How long each kind of personal record is kept before it is deleted or shredded (<c>Privacy:Retention</c>;
/// docs/privacy.md gives the reasons). Decisions, protocols and recognitions have no period here: the law keeps them.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Privacy:Retention";

    /// <summary>Read records (who read whose data): deleted this long after the read. Three years by default.</summary>
    public TimeSpan ReadRecords { get; set; } = TimeSpan.FromDays(3 * 365);

    /// <summary>
    /// Sealed personal fields (the IIN of a refusal at the door, a withdrawal's reason): the learner's data key is
    /// shredded this long after it last sealed anything. One year by default, the time to contest a refusal and more.
    /// </summary>
    public TimeSpan SealedPersonalFields { get; set; } = TimeSpan.FromDays(365);

    /// <summary>The errors of these options, empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (ReadRecords < TimeSpan.FromDays(1))
        {
            errors.Add($"{SectionName}:ReadRecords must be at least one day.");
        }

        if (SealedPersonalFields < TimeSpan.FromDays(1))
        {
            errors.Add($"{SectionName}:SealedPersonalFields must be at least one day.");
        }

        return errors;
    }
}
