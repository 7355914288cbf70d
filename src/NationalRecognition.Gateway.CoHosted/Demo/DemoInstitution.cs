using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>A demo institution: its profile, one programme and the founding order of its Commission.</summary>
internal sealed record DemoInstitution(string Bin, RegisterInstitution Registration, Programme Programme, ConstituteCommission Commission)
{
    public string CommissionId => CommissionIds.For(Bin);

    public string ChairName => Commission.Members.Single(m => m.Role == CommissionRole.Chair).Name;

    /// <summary>Chair and secretary: two of three members, a quorate meeting under the default regulation (more than half, the chair signs).</summary>
    public IReadOnlyList<string> MeetingAttendees =>
        Commission.Members.Where(m => m.Role is CommissionRole.Chair or CommissionRole.Secretary).Select(m => m.Name).ToList();
}
