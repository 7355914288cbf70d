using System.Text;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.RuleVersions;
using Xunit;

namespace NationalRecognition.Domain.Tests.RuleVersions;

public sealed class RuleVersionCatalogueTests
{
    private static readonly RuleVersionCatalogue Shipped = RuleVersionCatalogue.LoadDefault();

    private static RuleVersionCatalogue FromJson(string json) => RuleVersionCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Shipped_catalogue_holds_the_2023_rules_and_the_2025_amendment()
    {
        Assert.Equal(["2023-mshe544-me322", "2025-mshe119-me40"], Shipped.Versions.Select(v => v.Id));
        Assert.Equal(["9", "10", "11", "13", "21", "22"], Shipped.Versions[1].AmendedClauses);
    }

    [Fact]
    public void Shipped_effective_dates_are_marked_provisional_with_their_source()
    {
        Assert.All(Shipped.Versions, v =>
        {
            Assert.True(v.EffectiveFromIsProvisional);
            Assert.False(string.IsNullOrWhiteSpace(v.EffectiveFromNote));
            Assert.Contains("registered", v.Source, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Application_submitted_the_day_before_the_2025_amendment_took_effect_is_judged_by_the_2023_version() =>
        Assert.Equal("2023-mshe544-me322", Shipped.InForceOn(new DateOnly(2025, 3, 29)).Id);

    [Fact]
    public void Application_submitted_the_day_the_2025_amendment_took_effect_is_judged_by_the_2025_version() =>
        Assert.Equal("2025-mshe119-me40", Shipped.InForceOn(new DateOnly(2025, 3, 30)).Id);

    [Fact]
    public void Provisional_effective_date_is_the_earliest_possible_registration_plus_eleven_days()
    {
        Assert.Equal(new DateOnly(2023, 11, 7), Shipped.Find("2023-mshe544-me322").EffectiveFrom);
        Assert.Equal(new DateOnly(2025, 3, 30), Shipped.Find("2025-mshe119-me40").EffectiveFrom);
    }

    [Fact]
    public void Confirmed_publication_puts_the_version_in_force_eleven_days_later_and_not_provisional()
    {
        var version = FromJson("""
            { "versions": [ { "id": "v", "title": "T", "registeredOn": "2025-03-19", "publishedOn": "2025-03-21", "inForceDaysAfterPublication": 10,
              "source": "s", "checks": ["before-period-start"] } ] }
            """).Find("v");

        Assert.Equal((new DateOnly(2025, 4, 1), false), (version.EffectiveFrom, version.EffectiveFromIsProvisional));
    }

    [Fact]
    public void Each_shipped_version_declares_its_checks_and_the_2025_amendment_adds_the_named_platforms()
    {
        Assert.All(Shipped.Versions, v => Assert.NotEmpty(v.Checks));
        Assert.False(Shipped.Find("2023-mshe544-me322").Applies(RuleCheck.MoocNamedPlatforms));
        Assert.True(Shipped.Find("2025-mshe119-me40").Applies(RuleCheck.MoocNamedPlatforms));
    }

    [Fact]
    public void Version_without_checks_is_refused() =>
        Assert.Throws<DomainException>(() => FromJson("""{ "versions": [ { "id": "a", "title": "A", "effectiveFrom": "2024-01-01", "source": "s" } ] }"""));

    [Fact]
    public void Version_with_an_unknown_check_is_refused() =>
        Assert.Throws<DomainException>(() => FromJson("""{ "versions": [ { "id": "a", "title": "A", "effectiveFrom": "2024-01-01", "source": "s", "checks": ["x"] } ] }"""));

    [Fact]
    public void Application_submitted_after_the_amendment_is_judged_by_the_2025_version() =>
        Assert.Equal("2025-mshe119-me40", Shipped.InForceOn(new DateOnly(2025, 8, 20)).Id);

    [Fact]
    public void Application_submitted_before_the_amendment_is_judged_by_the_2023_version() =>
        Assert.Equal("2023-mshe544-me322", Shipped.InForceOn(new DateOnly(2025, 3, 28)).Id);

    [Fact]
    public void Version_is_in_force_from_its_effective_date_inclusive() =>
        Assert.Equal("2025-mshe119-me40", Shipped.InForceOn(Shipped.Versions[1].EffectiveFrom).Id);

    [Fact]
    public void Date_before_the_first_version_has_no_rules_in_force()
    {
        var ex = Assert.Throws<DomainException>(() => Shipped.InForceOn(new DateOnly(2023, 1, 1)));

        Assert.Equal(DomainErrorCode.NotFound, ex.Code);
    }

    [Fact]
    public void Catalogue_loads_from_other_data_with_confirmed_dates()
    {
        var catalogue = FromJson("""
            { "versions": [
              { "id": "v1", "title": "Rules", "effectiveFrom": "2023-11-10", "source": "publication confirmed", "amendedClauses": [], "checks": ["before-period-start"] },
              { "id": "v2", "title": "Amendment", "effectiveFrom": "2025-04-02", "source": "publication confirmed", "amendedClauses": ["13"], "checks": ["before-period-start"] }
            ] }
            """);

        Assert.Equal("v1", catalogue.InForceOn(new DateOnly(2025, 4, 1)).Id);
        Assert.False(catalogue.Find("v2").EffectiveFromIsProvisional);
    }

    [Fact]
    public void Two_versions_on_the_same_day_are_refused() =>
        Assert.Throws<DomainException>(() => FromJson("""
            { "versions": [
              { "id": "a", "title": "A", "effectiveFrom": "2024-01-01", "source": "s", "checks": ["before-period-start"] },
              { "id": "b", "title": "B", "effectiveFrom": "2024-01-01", "source": "s", "checks": ["before-period-start"] }
            ] }
            """));

    [Fact]
    public void Version_without_a_source_is_refused() =>
        Assert.Throws<DomainException>(() => FromJson("""{ "versions": [ { "id": "a", "title": "A", "effectiveFrom": "2024-01-01", "checks": ["before-period-start"] } ] }"""));

    [Fact]
    public void Malformed_data_is_refused_with_a_validation_error() =>
        Assert.Equal(DomainErrorCode.Validation, Assert.Throws<DomainException>(() => FromJson("{ not json")).Code);

    [Fact]
    public void Unknown_version_id_is_not_found() =>
        Assert.Equal(DomainErrorCode.NotFound, Assert.Throws<DomainException>(() => Shipped.Find("1999")).Code);
}
