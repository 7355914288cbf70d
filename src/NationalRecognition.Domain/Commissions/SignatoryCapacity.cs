namespace NationalRecognition.Domain.Commissions;

/// <summary>Clause 11: the order is signed by the first head of the organisation or by the person acting for them.</summary>
public enum SignatoryCapacity
{
    FirstHead,
    ActingHead,
}
