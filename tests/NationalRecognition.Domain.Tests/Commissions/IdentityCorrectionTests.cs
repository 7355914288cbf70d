using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Commissions;

/// <summary>
/// Which platform account is whose is a record the platform keeps, not part of the head's order: it is corrected without a
/// new order, and the order, its members, roles and regulation stay as the order made them (clause 22).
/// </summary>
public sealed class IdentityCorrectionTests
{
    private static Commission WithoutIdentities() => Commission.Establish(
        TestData.Order(),
        TestData.Members().Select(m => new CommissionMember(m.Name, m.Position, m.Role)),
        new CommissionRegulation(Quorum.AtLeastFraction(2, 3), CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: false));

    [Fact]
    public void Identities_are_corrected_in_the_composition_of_the_named_order_and_nothing_else_changes()
    {
        var before = WithoutIdentities();

        var after = before.CorrectIdentities("45-P", [new IdentityCorrection("arman bekov", TestData.SecretarySubject)]);

        var composition = Assert.Single(after.History);
        Assert.Equal(TestData.SecretarySubject, composition.FindMember("Arman Bekov")!.SubjectId);
        Assert.Equal(before.LatestComposition.Order, composition.Order);
        Assert.Equal(before.LatestComposition.Regulation, composition.Regulation);
        Assert.Equal(before.LatestComposition.Members.Select(m => (m.Name, m.Position, m.Role)), composition.Members.Select(m => (m.Name, m.Position, m.Role)));
    }

    [Fact]
    public void A_correction_keeps_who_the_order_names_deputy_chair()
    {
        var commission = Commission.Establish(TestData.Order(), [.. TestData.Members()[..2], new CommissionMember("Gulnara Tulegenova", null, CommissionRole.Member) { IsDeputyChair = true }]);

        var corrected = commission.CorrectIdentities("45-P", [new IdentityCorrection("Gulnara Tulegenova", "sub-gulnara")]);

        Assert.True(corrected.LatestComposition.FindMember("Gulnara Tulegenova")!.IsDeputyChair);
    }

    [Fact]
    public void Someone_the_order_does_not_name_cannot_be_given_an_identity()
    {
        var ex = Assert.Throws<DomainException>(() => WithoutIdentities().CorrectIdentities("45-P", [new IdentityCorrection("Aliya Kassymova", "sub-aliya")]));

        Assert.Equal((DomainErrorCode.Validation, "22"), (ex.Code, ex.Clause));
    }

    [Fact]
    public void A_correction_names_an_order_of_this_Commission() =>
        Assert.Equal(DomainErrorCode.NotFound, Assert.Throws<DomainException>(() => WithoutIdentities().CorrectIdentities("99-X", [new IdentityCorrection("Arman Bekov", "sub")])).Code);

    [Fact]
    public void Two_members_cannot_be_given_one_identity() =>
        Assert.Equal(DomainErrorCode.Validation, Assert.Throws<DomainException>(() => WithoutIdentities().CorrectIdentities(
            "45-P", [new IdentityCorrection("Arman Bekov", "sub-1"), new IdentityCorrection("Gulnara Tulegenova", "sub-1")])).Code);

    [Fact]
    public void A_member_is_named_once_in_a_correction() =>
        Assert.Equal(DomainErrorCode.Validation, Assert.Throws<DomainException>(() => WithoutIdentities().CorrectIdentities(
            "45-P", [new IdentityCorrection("Arman Bekov", "sub-1"), new IdentityCorrection("arman bekov", "sub-2")])).Code);

    [Fact]
    public void A_correction_names_at_least_one_member() =>
        Assert.Equal(DomainErrorCode.Validation, Assert.Throws<DomainException>(() => WithoutIdentities().CorrectIdentities("45-P", [])).Code);

    [Fact]
    public void Only_the_named_orders_composition_changes_after_a_reconstitution()
    {
        var reconstituted = WithoutIdentities().Reconstitute(TestData.Order("77-P", 2025, 6, 1), TestData.Members().Select(m => new CommissionMember(m.Name, m.Position, m.Role)));

        var corrected = reconstituted.CorrectIdentities("45-P", [new IdentityCorrection("Arman Bekov", "sub-bekov")]);

        Assert.Equal(("sub-bekov", (string?)null), (corrected.History[0].FindMember("Arman Bekov")!.SubjectId, corrected.History[1].FindMember("Arman Bekov")!.SubjectId));
    }
}
