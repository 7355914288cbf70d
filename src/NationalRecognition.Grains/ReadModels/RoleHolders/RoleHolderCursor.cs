using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Domain.People;

namespace NationalRecognition.Grains.ReadModels.RoleHolders;

/// <summary>An opaque cursor over an institution's role holders, ordered by role, then person key, then Commission id ("" for none).</summary>
public readonly record struct RoleHolderCursor(PersonRole Role, string PersonKey, string CommissionId)
{
    public static RoleHolderCursor Of(RoleHolder holder) => new(holder.Role, holder.PersonKey, holder.CommissionId ?? string.Empty);

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{(int)Role}\n{PersonKey}\n{CommissionId}")));

    public static RoleHolderCursor Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\n');
            if (parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var role))
            {
                return new RoleHolderCursor((PersonRole)role, parts[1], parts[2]);
            }
        }
        catch (FormatException)
        {
            // Falls through to the refusal below.
        }

        throw new DomainException(DomainErrorCode.Validation, Message.Of("pageCursor.pagingCursorAfter"), "after");
    }

    /// <summary>The listing's order: role, person key, Commission id (ordinal).</summary>
    public int CompareTo(RoleHolderCursor other)
    {
        var byRole = ((int)Role).CompareTo((int)other.Role);
        if (byRole != 0)
        {
            return byRole;
        }

        var byPerson = string.CompareOrdinal(PersonKey, other.PersonKey);
        return byPerson != 0 ? byPerson : string.CompareOrdinal(CommissionId, other.CommissionId);
    }
}
