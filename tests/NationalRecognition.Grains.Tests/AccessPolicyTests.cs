using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Grains.Authorization;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>The access policy on its own: one row per caller for each protected action.</summary>
public sealed class AccessPolicyTests
{
    private const string Bin = "230440000129";
    private const string OtherBin = "230440000237";
    private const string LearnerIin = "010517500019";
    private const string OtherIin = "010517500027";

    public static TheoryData<string, bool> ManageInstitution => new()
    {
        { "registrar", true }, { "admin", true }, { "system", true },
        { "other-registrar", false }, { "head", false }, { "chair", false }, { "learner", false },
        { "analyst", false }, { "feed", false }, { "anonymous", false },
    };

    public static TheoryData<string, bool> ConstituteCommission => new()
    {
        { "head", true }, { "system", true },
        { "other-head", false }, { "registrar", false }, { "chair", false }, { "admin", false }, { "anonymous", false },
    };

    public static TheoryData<string, bool> Submit => new()
    {
        { "learner", true }, { "system", true },
        { "other-learner", false }, { "learner-without-iin", false }, { "feed", false }, { "admin", false },
        { "chair", false }, { "analyst", false }, { "anonymous", false },
    };

    public static TheoryData<string, bool> Review => new()
    {
        { "chair", true }, { "secretary", true }, { "member", true }, { "system", true },
        { "other-chair", false }, { "head", false }, { "registrar", false }, { "learner", false }, { "admin", false },
        { "analyst", false },
    };

    public static TheoryData<string, bool> Decide => new()
    {
        { "chair", true }, { "secretary", true }, { "member", true }, { "system", true },
        { "other-chair", false }, { "head", false }, { "registrar", false }, { "admin", false }, { "learner", false },
    };

    public static TheoryData<string, bool> CorrectMemberIdentities => new()
    {
        { "head", true }, { "admin", true }, { "system", true },
        { "other-head", false }, { "registrar", false }, { "chair", false }, { "member", false }, { "learner", false }, { "anonymous", false },
    };

    public static TheoryData<string, bool> ReadApplication => new()
    {
        { "learner", true }, { "chair", true }, { "member", true }, { "registrar", true }, { "head", true },
        { "admin", true }, { "system", true },
        { "other-learner", false }, { "other-chair", false }, { "analyst", false }, { "feed", false }, { "anonymous", false },
    };

    public static TheoryData<string, bool> ReadInstitutionListing => new()
    {
        { "registrar", true }, { "head", true }, { "chair", true }, { "secretary", true }, { "member", true }, { "admin", true },
        { "other-registrar", false }, { "other-chair", false }, { "learner", false }, { "analyst", false }, { "feed", false },
    };

    public static TheoryData<string, bool> ReadLearnerListing => new()
    {
        { "learner", true }, { "admin", true },
        { "other-learner", false }, { "chair", false }, { "analyst", false }, { "anonymous", false },
    };

    public static TheoryData<string, bool> Certificates => new()
    {
        { "feed", true }, { "admin", true }, { "system", true },
        { "learner", false }, { "registrar", false }, { "chair", false }, { "analyst", false }, { "anonymous", false },
    };

    public static TheoryData<string, bool> ReadInstitutionAudit => new()
    {
        { "head", true }, { "registrar", true }, { "admin", true },
        { "chair", false }, { "member", false }, { "other-head", false }, { "learner", false }, { "analyst", false },
    };

    [Theory]
    [MemberData(nameof(ManageInstitution))]
    public void Only_the_registrar_of_the_institution_or_an_administrator_manages_it(string caller, bool allowed) =>
        Check(allowed, () => AccessPolicy.ManageInstitution(Caller(caller), Bin));

    [Theory]
    [MemberData(nameof(ConstituteCommission))]
    public void Only_the_head_of_the_institution_constitutes_its_Commission(string caller, bool allowed) =>
        Check(allowed, () => AccessPolicy.ConstituteCommission(Caller(caller), Bin));

    [Theory]
    [MemberData(nameof(Submit))]
    public void Only_the_learner_submits_and_withdraws_their_own_application(string caller, bool allowed)
    {
        Check(allowed, () => AccessPolicy.Submit(Caller(caller), LearnerIin));
        Check(allowed, () => AccessPolicy.Withdraw(Caller(caller), LearnerIin));
    }

    [Theory]
    [MemberData(nameof(Review))]
    public void Only_the_Commission_of_the_institution_reviews_its_applications(string caller, bool allowed) =>
        Check(allowed, () => AccessPolicy.Review(Caller(caller), Bin));

    [Theory]
    [MemberData(nameof(Decide))]
    public void Only_a_member_of_the_institutions_Commission_may_record_the_decision_which_one_is_the_regulations(string caller, bool allowed) =>
        Check(allowed, () => AccessPolicy.Decide(Caller(caller), Bin));

    [Theory]
    [MemberData(nameof(CorrectMemberIdentities))]
    public void Only_the_head_of_the_institution_or_an_administrator_corrects_the_members_identities(string caller, bool allowed) =>
        Check(allowed, () => AccessPolicy.CorrectMemberIdentities(Caller(caller), Bin));

    [Theory]
    [MemberData(nameof(ReadApplication))]
    public void An_application_is_read_by_its_learner_its_institution_and_administrators_only(string caller, bool allowed) =>
        Check(allowed, () => AccessPolicy.ReadApplication(Caller(caller), LearnerIin, Bin));

    [Theory]
    [InlineData("analyst")]
    [InlineData("feed")]
    [InlineData("anonymous")]
    public void Analysts_the_feed_and_anonymous_callers_read_no_application_at_all(string caller) =>
        Check(false, () => AccessPolicy.ReadApplications(Caller(caller)));

    [Theory]
    [MemberData(nameof(ReadInstitutionListing))]
    public void Institution_listings_and_queues_are_read_by_its_staff_and_administrators(string caller, bool allowed) =>
        Check(allowed, () => AccessPolicy.ReadInstitutionListing(Caller(caller), Bin));

    [Theory]
    [MemberData(nameof(ReadLearnerListing))]
    public void A_learner_listing_is_read_by_that_learner_and_administrators(string caller, bool allowed) =>
        Check(allowed, () => AccessPolicy.ReadLearnerListing(Caller(caller), LearnerKeys.For(LearnerIin)));

    [Theory]
    [MemberData(nameof(Certificates))]
    public void Registry_records_are_written_and_read_by_the_feed_and_administrators(string caller, bool allowed)
    {
        Check(allowed, () => AccessPolicy.RegisterCertificate(Caller(caller)));
        Check(allowed, () => AccessPolicy.ReadCertificate(Caller(caller)));
    }

    [Theory]
    [MemberData(nameof(ReadInstitutionAudit))]
    public void An_institution_audit_is_read_by_its_head_and_registrar_and_administrators(string caller, bool allowed) =>
        Check(allowed, () => AccessPolicy.ReadAudit(Caller(caller), Bin));

    [Theory]
    [InlineData("admin", true)]
    [InlineData("head", false)]
    [InlineData("registrar", false)]
    [InlineData("feed", false)]
    public void The_platform_audit_is_read_by_administrators_only(string caller, bool allowed) =>
        Check(allowed, () => AccessPolicy.ReadAudit(Caller(caller), AuditScopes.Platform));

    [Fact]
    public void A_denial_names_no_institution_learner_or_caller()
    {
        var denial = Assert.Throws<DomainException>(() => AccessPolicy.ReadApplication(Caller("other-learner"), LearnerIin, Bin));

        Assert.Equal(DomainErrorCode.Forbidden, denial.Code);
        Assert.DoesNotContain(LearnerIin, denial.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherIin, denial.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Bin, denial.Message, StringComparison.Ordinal);
        Assert.Null(denial.Field);
    }

    private static void Check(bool allowed, Action check)
    {
        if (allowed)
        {
            check();
            return;
        }

        var denial = Assert.Throws<DomainException>(check);
        Assert.Equal(DomainErrorCode.Forbidden, denial.Code);
    }

    private static Actor Caller(string name) => name switch
    {
        "registrar" => Actors.Registrar(Bin),
        "other-registrar" => Actors.Registrar(OtherBin),
        "head" => Actors.Head(Bin),
        "other-head" => Actors.Head(OtherBin),
        "chair" => Actors.Chair(Bin),
        "other-chair" => Actors.Chair(OtherBin),
        "secretary" => Actors.Secretary(Bin),
        "member" => Actors.Member(Bin),
        "learner" => Actors.Learner(LearnerIin),
        "other-learner" => Actors.Learner(OtherIin),
        "learner-without-iin" => new Actor("learner-x", ActorRole.Learner),
        "analyst" => Actors.Analyst,
        "feed" => Actors.Exchange,
        "admin" => Actors.Administrator,
        "system" => Actor.System,
        "anonymous" => Actors.Anonymous,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown caller in the test table."),
    };
}
