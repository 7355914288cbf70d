using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Institutions;

public sealed class InstitutionTests
{
    [Theory]
    [InlineData(InstitutionKind.Tvet, Ministry.Enlightenment)]
    [InlineData(InstitutionKind.PostSecondary, Ministry.Enlightenment)]
    [InlineData(InstitutionKind.Higher, Ministry.ScienceAndHigherEducation)]
    [InlineData(InstitutionKind.Postgraduate, Ministry.ScienceAndHigherEducation)]
    public void Each_institution_kind_belongs_to_its_ministry(InstitutionKind kind, Ministry ministry) =>
        Assert.Equal(ministry, InstitutionKinds.MinistryOf(kind));

    [Fact]
    public void Kazakhstan_has_17_regions_and_3_cities_each_with_a_distinct_iso_code()
    {
        Assert.Equal(20, Enum.GetValues<Region>().Length);
        Assert.Equal(17, Regions.List.Count(r => !r.IsCity));
        Assert.Equal(3, Regions.List.Count(r => r.IsCity));
        Assert.Equal(20, Enum.GetValues<Region>().Select(Regions.IsoCode).Distinct().Count());
    }

    [Theory]
    [InlineData(Region.Abai, "KZ-10")]
    [InlineData(Region.Jetisu, "KZ-33")]
    [InlineData(Region.Ulytau, "KZ-62")]
    [InlineData(Region.AlmatyRegion, "KZ-19")]
    [InlineData(Region.AstanaCity, "KZ-71")]
    [InlineData(Region.AlmatyCity, "KZ-75")]
    [InlineData(Region.ShymkentCity, "KZ-79")]
    public void Regions_use_the_numeric_iso_3166_2_codes(Region region, string code)
    {
        Assert.Equal(code, Regions.IsoCode(region));
        Assert.Equal(region, Regions.FromIsoCode(code.ToLowerInvariant()));
    }

    [Fact]
    public void Old_letter_code_is_not_a_region_code() =>
        Assert.Equal(DomainErrorCode.Validation, Assert.Throws<DomainException>(() => Regions.FromIsoCode("KZ-AST")).Code);
}
