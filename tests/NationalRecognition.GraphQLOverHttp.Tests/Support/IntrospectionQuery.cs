namespace NationalRecognition.GraphQLOverHttp.Tests.Support;

/// <summary>
/// The introspection query GraphiQL 3 sends on load with its default options (graphql-js
/// <c>getIntrospectionQuery()</c>): type references nested nine levels deep, so it exercises the depth limit.
/// </summary>
public static class IntrospectionQuery
{
    public const string Full = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
        }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;
}
