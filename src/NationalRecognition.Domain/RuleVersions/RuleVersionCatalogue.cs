using System.Text.Json;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.RuleVersions;

/// <summary>The versions of the Rules, ordered by effective date, loaded from data.</summary>
public sealed class RuleVersionCatalogue
{
    private const string DefaultResource = "NationalRecognition.Domain.RuleVersions.rule-versions.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private readonly RuleVersion[] _versions;

    public RuleVersionCatalogue(IEnumerable<RuleVersion> versions)
    {
        var list = Guard.List(versions, "Versions").OrderBy(v => v.EffectiveFrom).ToArray();
        if (list.Length == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("ruleVersionCatalogue.catalogueNeedsLeast"), "Versions");
        }

        foreach (var version in list)
        {
            Guard.Required(version.Id, "Version.Id");
            Guard.Required(version.Title, $"Version[{version.Id}].Title");
            Guard.Required(version.Source, $"Version[{version.Id}].Source");
            if (version.Checks.Count == 0)
            {
                throw new DomainException(DomainErrorCode.Validation, Message.Of("ruleVersionCatalogue.versionIdDeclares", ("id", version.Id)), $"Version[{version.Id}].Checks");
            }

            var unknown = version.Checks.FirstOrDefault(c => !RuleCheck.All.Contains(c, StringComparer.Ordinal));
            if (unknown is not null)
            {
                throw new DomainException(DomainErrorCode.Validation, Message.Of("ruleVersionCatalogue.versionIdDeclares2", ("id", version.Id), ("unknown", unknown)), $"Version[{version.Id}].Checks");
            }
        }

        var duplicateId = list.GroupBy(v => v.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicateId is not null)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("ruleVersionCatalogue.versionIdKey", ("key", duplicateId.Key)), "Version.Id");
        }

        var sameDay = list.GroupBy(v => v.EffectiveFrom).FirstOrDefault(g => g.Count() > 1);
        if (sameDay is not null)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("ruleVersionCatalogue.twoVersionsEnter", ("key", sameDay.Key)),
                "Version.EffectiveFrom");
        }

        _versions = list;
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<RuleVersion> Versions => _versions;

    /// <summary>The catalogue shipped with the domain assembly.</summary>
    public static RuleVersionCatalogue LoadDefault()
    {
        using var stream = typeof(RuleVersionCatalogue).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResource} is missing from the domain assembly.");
        return Load(stream);
    }

    /// <summary>Loads a catalogue from JSON of the same shape as the embedded rule-versions.json.</summary>
    public static RuleVersionCatalogue Load(Stream json)
    {
        CatalogueDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogueDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("ruleVersionCatalogue.ruleVersionData", ("message", ex.Message)), "RuleVersions");
        }

        if (document?.Versions is null)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("ruleVersionCatalogue.ruleVersionData2"), "RuleVersions");
        }

        return new RuleVersionCatalogue(document.Versions.Select(v =>
        {
            var (effectiveFrom, provisional) = EffectiveFrom(v);
            return new RuleVersion(v.Id ?? string.Empty, v.Title ?? string.Empty, effectiveFrom, v.Source ?? string.Empty, v.AmendedClauses ?? [])
            {
                EffectiveFromIsProvisional = provisional,
                EffectiveFromNote = v.EffectiveFromNote,
                Checks = v.Checks ?? [],
                ChecksNote = v.ChecksNote,
            };
        }));
    }

    /// <summary>
    /// An order "in force once N calendar days have passed after the day of its first official publication" is in
    /// force from publication + N + 1. With the publication confirmed, that is the date; without it, the earliest
    /// possible one (publication on the day of registration), marked provisional. An explicit effectiveFrom is for
    /// an act worded otherwise.
    /// </summary>
    private static (DateOnly EffectiveFrom, bool Provisional) EffectiveFrom(VersionDocument v)
    {
        if (v.EffectiveFrom is { } stated)
        {
            return (stated, v.EffectiveFromIsProvisional);
        }

        var days = v.InForceDaysAfterPublication ?? throw new DomainException(
            DomainErrorCode.Validation, Message.Of("ruleVersionCatalogue.versionIdNeither", ("id", v.Id)), "Version.EffectiveFrom");
        return (v.PublishedOn, v.RegisteredOn) switch
        {
            ({ } published, _) => (published.AddDays(days + 1), false),
            (null, { } registered) => (registered.AddDays(days + 1), true),
            _ => throw new DomainException(
                DomainErrorCode.Validation, Message.Of("ruleVersionCatalogue.versionIdNeeds", ("id", v.Id)), "Version.PublishedOn"),
        };
    }

    /// <summary>The version in force on a day (the latest one effective on or before it).</summary>
    public RuleVersion InForceOn(DateOnly date) =>
        _versions.LastOrDefault(v => v.EffectiveFrom <= date)
        ?? throw new DomainException(
            DomainErrorCode.NotFound,
            Message.Of("ruleVersionCatalogue.versionRulesWas", ("date", date), ("effectiveFrom", _versions[0].EffectiveFrom)),
            "Date");

    public RuleVersion Find(string id) =>
        _versions.FirstOrDefault(v => string.Equals(v.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainException(DomainErrorCode.NotFound, Message.Of("ruleVersionCatalogue.thereVersionRules", ("id", id)), "RuleVersionId");

    private sealed class CatalogueDocument
    {
        public List<VersionDocument>? Versions { get; set; }
    }

    private sealed class VersionDocument
    {
        public string? Id { get; set; }

        public string? Title { get; set; }

        public DateOnly? EffectiveFrom { get; set; }

        public bool EffectiveFromIsProvisional { get; set; }

        public string? EffectiveFromNote { get; set; }

        public string? Source { get; set; }

        public List<string>? AmendedClauses { get; set; }

        public DateOnly? RegisteredOn { get; set; }

        public DateOnly? PublishedOn { get; set; }

        public int? InForceDaysAfterPublication { get; set; }

        public List<string>? Checks { get; set; }

        public string? ChecksNote { get; set; }
    }
}
