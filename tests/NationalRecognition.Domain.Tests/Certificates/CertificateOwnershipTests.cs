using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Certificates;

public sealed class CertificateOwnershipTests
{
    [Fact]
    public void Typed_certificate_without_its_holders_iin_is_refused() =>
        Assert.Equal("d.holderIin", Assert.Throws<DomainException>(() =>
            CertificateOwnership.Check(null, "Aigerim Sadykova", TestData.LearnerIin, "Aigerim Sadykova", fromRegistry: false, "d")).Field);

    [Fact]
    public void Registry_certificate_matched_to_the_learner_needs_no_iin_on_it() =>
        Assert.True(CertificateOwnership.Check(null, "Aigerim Sadykova", TestData.LearnerIin, "Aigerim Sadykova", fromRegistry: true, "d"));

    [Fact]
    public void Certificate_of_another_iin_is_refused() =>
        Assert.Equal((DomainErrorCode.Forbidden, "13"), Assert.Throws<DomainException>(() =>
            CertificateOwnership.Check("900101300007", "Aigerim Sadykova", TestData.LearnerIin, "Aigerim Sadykova", fromRegistry: false, "d")) is var ex ? (ex.Code, ex.Clause) : default);

    [Fact]
    public void Holder_name_in_cyrillic_matches_the_applicants_latin_name() =>
        Assert.True(CertificateOwnership.Check(TestData.LearnerIin.Value, "Садыкова Айгерим", TestData.LearnerIin, "Aigerim Sadykova", fromRegistry: false, "d"));

    [Fact]
    public void Other_holder_name_is_flagged_not_refused() =>
        Assert.False(CertificateOwnership.Check(TestData.LearnerIin.Value, "Daniyar Nurpeisov", TestData.LearnerIin, "Aigerim Sadykova", fromRegistry: false, "d"));
}
