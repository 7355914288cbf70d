using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Gateway.CoHosted.Demo;

namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>The hard-coded demo identities are valid and agree with what the platform derives from them.</summary>
public sealed class DemoIdentityTests
{
    public static TheoryData<string> Bins => [.. DemoData.InstitutionBins];

    public static TheoryData<string> Iins => [.. DemoData.LearnerIins];

    [Theory]
    [MemberData(nameof(Bins))]
    public void Institution_BIN_has_a_valid_check_digit_and_is_a_resident_head_organisation(string bin)
    {
        var parsed = Bin.Parse(bin);

        Assert.True(KzCheckDigit.IsValid(bin));
        Assert.Equal((BinEntityType.ResidentLegalEntity, BinSubType.HeadOrganisation), (parsed.EntityType, parsed.SubType));
    }

    [Theory]
    [MemberData(nameof(Iins))]
    public void Learner_IIN_has_a_valid_check_digit_and_birth_date(string iin)
    {
        var parsed = Iin.Parse(iin);

        Assert.True(KzCheckDigit.IsValid(iin));
        Assert.InRange(parsed.BirthDate.Year, 1990, 2010);
    }

    [Fact]
    public void Identities_are_distinct()
    {
        Assert.Equal(3, DemoData.InstitutionBins.Distinct().Count());
        Assert.Equal(7, DemoData.LearnerIins.Distinct().Count());
        Assert.Equal(7, DemoData.ApplicationIds.Distinct().Count());
    }

    [Fact]
    public void Registry_key_is_the_labour_exchange_certificate_s_issuer_and_number_normalised()
    {
        Assert.Equal(DemoData.LabourExchangeRegistryKey, CertificateKeys.For(DemoCertificates.LabourExchange));
        Assert.Equal(DemoData.YerlanIin, DemoCertificates.LabourExchange.HolderIin);
    }

    [Fact]
    public void Published_application_ids_are_the_ids_of_the_seeded_applications()
    {
        Assert.Equal(DemoData.ApplicationIds.Order(), DemoApplications.All.Select(p => p.Id).Order());
    }

    [Fact]
    public void Every_demo_certificate_belongs_to_a_demo_learner()
    {
        Assert.All(DemoApplications.All, plan => Assert.Contains(plan.Command.LearnerIin, DemoData.LearnerIins));
        Assert.All(
            DemoApplications.All.SelectMany(p => p.Command.Documents).Select(d => d.Certificate).OfType<CertificateInfo>(),
            certificate => Assert.Contains(certificate.HolderIin, DemoData.LearnerIins));
    }
}
