using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.People;
using Xunit;

using static NationalRecognition.Domain.Tests.People.People;

namespace NationalRecognition.Domain.Tests.People;

public sealed class PersonTests
{
    [Fact]
    public void A_person_is_their_providers_issuer_and_subject()
    {
        var person = Person.SignedIn(Issuer, "subject-7", null);

        Assert.Equal(PlatformIdentity.Of(Issuer, "subject-7"), person.Identity);
        Assert.Null(person.Iin);
    }

    [Fact]
    public void One_subject_at_two_providers_is_two_people()
    {
        Assert.NotEqual(PlatformIdentity.Of(Issuer, "subject-7"), PlatformIdentity.Of("https://other.example", "subject-7"));
    }

    [Fact]
    public void An_asserted_iin_with_a_wrong_check_digit_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => Person.SignedIn(Issuer, "subject-7", "050315601238"));

        Assert.Equal("iin", ex.Field);
    }

    [Fact]
    public void An_identity_without_a_subject_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => PlatformIdentity.Of(Issuer, " "));

        Assert.Equal("subject", ex.Field);
    }

    [Fact]
    public void A_grantee_named_by_iin_is_the_person_whose_provider_asserts_that_iin()
    {
        Assert.True(Newcomer.Is(Grantee.ByIin(NewcomerIin)));
        Assert.False(Administrator.Is(Grantee.ByIin(NewcomerIin)));
    }

    [Fact]
    public void A_grantee_is_named_by_identity_or_by_iin_not_both()
    {
        var ex = Assert.Throws<DomainException>(() => Grantee.Of(Issuer, "subject-7", NewcomerIin));

        Assert.Equal("person", ex.Field);
    }
}
