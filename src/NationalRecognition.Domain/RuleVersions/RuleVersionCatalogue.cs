using System.Text.Json;
using NationalRecognition.Domain.Errors;

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
            throw new DomainException(DomainErrorCode.Validation, "The catalogue needs at least one version of the Rules.", "Versions");
        }

        foreach (var version in list)
        {
            Guard.Required(version.Id, "Version.Id");
            Guard.Required(version.Title, $"Version[{version.Id}].Title");
            Guard.Required(version.Source, $"Version[{version.Id}].Source");
        }

        var duplicateId = list.GroupBy(v => v.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicateId is not null)
        {
            throw new DomainException(DomainErrorCode.Validation, $"The version id '{duplicateId.Key}' appears twice.", "Version.Id");
        }

        var sameDay = list.GroupBy(v => v.EffectiveFrom).FirstOrDefault(g => g.Count() > 1);
        if (sameDay is not null)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                $"Two versions enter into force on {sameDay.Key:yyyy-MM-dd}; the version in force on a day must be unambiguous.",
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
            throw new DomainException(DomainErrorCode.Validation, $"The rule-version data is not valid JSON: {ex.Message}", "RuleVersions");
        }

        if (document?.Versions is null)
        {
            throw new DomainException(DomainErrorCode.Validation, "The rule-version data has no 'versions' list.", "RuleVersions");
        }

        return new RuleVersionCatalogue(document.Versions.Select(v => new RuleVersion(
            v.Id ?? string.Empty,
            v.Title ?? string.Empty,
            v.EffectiveFrom ?? throw new DomainException(DomainErrorCode.Validation, $"Version '{v.Id}' has no effectiveFrom date.", "Version.EffectiveFrom"),
            v.Source ?? string.Empty,
            v.AmendedClauses ?? [])
        {
            EffectiveFromIsProvisional = v.EffectiveFromIsProvisional,
            EffectiveFromNote = v.EffectiveFromNote,
        }));
    }

    /// <summary>The version in force on a day (the latest one effective on or before it).</summary>
    public RuleVersion InForceOn(DateOnly date) =>
        _versions.LastOrDefault(v => v.EffectiveFrom <= date)
        ?? throw new DomainException(
            DomainErrorCode.NotFound,
            $"No version of the Rules was in force on {date:yyyy-MM-dd}; the first one entered into force on {_versions[0].EffectiveFrom:yyyy-MM-dd}.",
            "Date");

    public RuleVersion Find(string id) =>
        _versions.FirstOrDefault(v => string.Equals(v.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainException(DomainErrorCode.NotFound, $"There is no version of the Rules with id '{id}'.", "RuleVersionId");

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
    }
}
