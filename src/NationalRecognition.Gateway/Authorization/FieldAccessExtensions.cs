using GraphQL.Builders;
using GraphQL.Types;
using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Authorization;

/// <summary>Declaring and reading a field's <see cref="FieldAccess"/>.</summary>
public static class FieldAccessExtensions
{
    /// <summary>Only callers holding one of <paramref name="roles"/> may resolve this field.</summary>
    public static FieldBuilder<TSource, TReturn> AllowRoles<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, params ActorRole[] roles)
    {
        field.FieldType.Metadata[FieldAccess.MetadataKey] = FieldAccess.ForRoles(roles);
        return field;
    }

    /// <summary>Anyone may resolve this field, without a token too.</summary>
    public static FieldBuilder<TSource, TReturn> AllowAnonymous<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Metadata[FieldAccess.MetadataKey] = FieldAccess.Public;
        return field;
    }

    /// <summary>The field's declaration, or null when it has none (nested fields inherit their parent's gate).</summary>
    public static FieldAccess? Access(this FieldType field) => field.GetMetadata<FieldAccess?>(FieldAccess.MetadataKey);
}
