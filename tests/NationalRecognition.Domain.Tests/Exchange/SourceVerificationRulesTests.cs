using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Exchange;
using Xunit;

namespace NationalRecognition.Domain.Tests.Exchange;

public sealed class SourceVerificationRulesTests
{
    [Fact]
    public void An_exchange_certificate_typed_in_by_hand_is_refused_citing_clause_10_3()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            SourceVerificationRules.EnsureVerifiedAtSource(IssuerKind.ElectronicLabourExchange, fromRegistry: false, "documents[0]"));

        Assert.Equal((DomainErrorCode.RuleViolation, "10.3", "documents[0]"), (refusal.Code, refusal.Clause, refusal.Field));
    }

    [Fact]
    public void An_exchange_certificate_from_the_registry_is_accepted() =>
        SourceVerificationRules.EnsureVerifiedAtSource(IssuerKind.ElectronicLabourExchange, fromRegistry: true, "documents[0]");

    [Theory]
    [InlineData(IssuerKind.MoocPlatform)]
    [InlineData(IssuerKind.EducationOrganisation)]
    [InlineData(IssuerKind.AdditionalEducationOrEmployer)]
    public void Other_issuers_certificates_may_be_typed_in(IssuerKind kind) =>
        SourceVerificationRules.EnsureVerifiedAtSource(kind, fromRegistry: false, "documents[0]");

    [Fact]
    public void A_registry_certificate_of_another_IIN_is_refused_without_naming_it()
    {
        var refusal = Assert.Throws<DomainException>(() => SourceVerificationRules.EnsureHeldBy("900101300007", TestData.LearnerIin.Value, "registryKey"));

        Assert.Equal(DomainErrorCode.Forbidden, refusal.Code);
        Assert.DoesNotContain("900101300007", refusal.Message, StringComparison.Ordinal);
    }
}
