using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Reference.Catalogue;

/// <summary>What a submission is checked against: the institution's calendar, catalogue and Commission.</summary>
public sealed class ReferenceInstitution(string bin)
{
    public string Bin { get; } = bin;

    public Dictionary<string, AcademicPeriod> Periods { get; } = new(StringComparer.Ordinal);

    /// <summary>Programme code → its disciplines and modules by code.</summary>
    public Dictionary<string, Dictionary<string, RequestedRecognition>> Programmes { get; } = new(StringComparer.Ordinal);

    public Commission? Commission { get; set; }

    public string CommissionId => $"{Bin}/main";
}
