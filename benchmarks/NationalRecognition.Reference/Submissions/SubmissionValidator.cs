using System.Globalization;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Reference.Catalogue;
using static NationalRecognition.Reference.Submissions.DocumentMapping;

namespace NationalRecognition.Reference.Submissions;

/// <summary>
/// The checks of the platform's <c>ApplicationGrain.Submit</c>, in its order: IIN and BIN check digits, the
/// institution's programme, period and units, an established Commission (clause 11), the documents (given in full,
/// issued to the applicant), then <see cref="ApplicationRules.ValidateSubmission"/> — clause 13's deadline and
/// content, clause 10's certificate rules — and the rule version in force.
/// </summary>
public sealed class SubmissionValidator(TimeProvider time, RuleVersionCatalogue ruleVersions)
{
    private InstitutionCatalogue? _institutions;

    public void Use(InstitutionCatalogue institutions) => _institutions = institutions;

    public ValidatedSubmission Validate(SubmitInput input, out DateTimeOffset now)
    {
        var key = Required(input.IdempotencyKey, "idempotencyKey");
        var iin = Iin.Parse(Required(input.LearnerIin, "learnerIin"));
        var bin = Bin.Parse(Required(input.InstitutionBin, "institutionBin")).Value;
        var institution = _institutions?.Find(bin)
            ?? throw new ReferenceRefusalException(DomainErrorCode.NotFound, $"No institution with BIN {bin} is registered.", "institutionBin");
        var programmeCode = Required(input.ProgrammeCode, "programmeCode");
        var programme = institution.Programmes.GetValueOrDefault(programmeCode)
            ?? throw new ReferenceRefusalException(DomainErrorCode.NotFound, $"Institution {bin} has no programme '{programmeCode}' in its catalogue.", "programmeCode");
        var periodId = Required(input.AcademicPeriodId, "academicPeriodId");
        var period = institution.Periods.GetValueOrDefault(periodId)
            ?? throw new ReferenceRefusalException(DomainErrorCode.NotFound, $"Institution {bin} has no academic period '{periodId}' in its calendar.", "academicPeriodId");
        var requested = (input.UnitCodes ?? []).Select((code, i) => programme.GetValueOrDefault(code)
            ?? throw new ReferenceRefusalException(DomainErrorCode.NotFound, $"Programme '{programmeCode}' has no discipline or module '{code}'.", $"unitCodes[{i}]")).ToList();
        var commission = institution.Commission
            ?? throw new ReferenceRefusalException(DomainErrorCode.RuleViolation,
                $"Institution {bin} has no Commission established by its head's order, so it cannot receive applications.", "institutionBin", "11");
        var documents = Documents(input.Documents ?? [], iin);

        now = time.GetUtcNow();
        var ruleVersion = ruleVersions.InForceOn(KazakhstanTime.DateOf(now));
        ApplicationRules.ValidateSubmission(new ApplicationSubmission
        {
            ApplicantName = Required(input.LearnerName, "learnerName"),
            ApplicantIin = iin,
            AcademicPeriodId = periodId,
            Documents = documents,
            Requested = requested,
            Text = input.Statement,
        }, commission, period, now, ruleVersion);

        return new ValidatedSubmission(iin.Value, key, bin, institution.CommissionId, period.Id, ruleVersion.Id,
            string.Create(CultureInfo.InvariantCulture, $"{requested.Count} discipline(s)/module(s), {documents.Count} document(s), rules {ruleVersion.Id}"));
    }

    private static List<ConfirmingDocument> Documents(IReadOnlyList<DocumentInput> documents, Iin learner)
    {
        var result = new List<ConfirmingDocument>();
        foreach (var (document, i) in documents.Select((d, i) => (d, i)))
        {
            var field = $"documents[{i}]";
            var certificate = (document.RegistryKey, document.Certificate) switch
            {
                (null, { } supplied) => supplied,
                ({ }, null) => throw new ReferenceRefusalException(DomainErrorCode.Validation,
                    "The reference implementation has no certificate registry: give the certificate in full.", field),
                _ => throw new ReferenceRefusalException(DomainErrorCode.Validation,
                    "A document is either a registry certificate (registryKey) or a certificate given in full, not both or neither.", field),
            };
            if (certificate.HolderIin is { } holder && holder != learner.Value)
            {
                throw new ReferenceRefusalException(DomainErrorCode.Forbidden, "The certificate was not issued to the applicant.", $"{field}.holderIin");
            }

            result.Add(ToDomain(certificate, field));
        }

        return result;
    }
}
