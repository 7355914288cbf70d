namespace NationalRecognition.Domain.Commissions;

public enum CommissionRole
{
    Chair,
    Secretary,
    Member,
}
