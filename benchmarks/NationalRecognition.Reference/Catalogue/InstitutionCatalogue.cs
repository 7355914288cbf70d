using System.Globalization;
using System.Text.Json;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Identity;
using Npgsql;
using NpgsqlTypes;

namespace NationalRecognition.Reference.Catalogue;

/// <summary>
/// The institutions, read from the benchmark's seed steps (the GraphQL variables the platform is seeded with), stored
/// once and then held in memory — as the platform's institution and Commission grains hold them once activated.
/// </summary>
public sealed class InstitutionCatalogue
{
    private readonly Dictionary<string, ReferenceInstitution> _institutions;

    private InstitutionCatalogue(Dictionary<string, ReferenceInstitution> institutions) => _institutions = institutions;

    public ReferenceInstitution? Find(string bin) => _institutions.GetValueOrDefault(bin);

    public static async Task<InstitutionCatalogue> LoadAsync(NpgsqlDataSource dataSource, string seedDirectory)
    {
        var institutions = new Dictionary<string, ReferenceInstitution>(StringComparer.Ordinal);
        var steps = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(seedDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            var step = document.RootElement.Clone();
            var variables = step.GetProperty("variables");
            var bin = Bin.Parse(variables.GetProperty("bin").GetString()!).Value;
            var institution = institutions.TryGetValue(bin, out var known) ? known : institutions[bin] = new ReferenceInstitution(bin);
            Apply(institution, step.GetProperty("operation").GetString()!, variables.GetProperty("input"));
            (steps.TryGetValue(bin, out var list) ? list : steps[bin] = []).Add(step);
        }

        foreach (var (bin, list) in steps)
        {
            await using var command = dataSource.CreateCommand(
                "INSERT INTO reference_institutions (bin, seed) VALUES ($1, $2) ON CONFLICT (bin) DO UPDATE SET seed = excluded.seed");
            command.Parameters.AddWithValue(bin);
            command.Parameters.AddWithValue(NpgsqlDbType.Jsonb, JsonSerializer.Serialize(list));
            await command.ExecuteNonQueryAsync();
        }

        return new InstitutionCatalogue(institutions);
    }

    private static void Apply(ReferenceInstitution institution, string operation, JsonElement input)
    {
        switch (operation)
        {
            case "register-institution":
                break;
            case "set-academic-period":
                var period = new AcademicPeriod(
                    input.GetProperty("id").GetString()!,
                    input.GetProperty("name").GetString()!,
                    Date(input.GetProperty("startDate")),
                    input.TryGetProperty("endDate", out var end) && end.ValueKind == JsonValueKind.String ? Date(end) : null);
                institution.Periods[period.Id] = period;
                break;
            case "upsert-programme":
                institution.Programmes[input.GetProperty("code").GetString()!] = input.GetProperty("units").EnumerateArray()
                    .Select(u => new RequestedRecognition(
                        u.GetProperty("code").GetString()!,
                        u.GetProperty("name").GetString()!,
                        u.GetProperty("kind").GetString() == "MODULE" ? RequestedItemKind.Module : RequestedItemKind.Discipline))
                    .ToDictionary(u => u.Code, StringComparer.Ordinal);
                break;
            case "establish-commission":
                var order = input.GetProperty("order");
                institution.Commission = Commission.Establish(
                    new CommissionOrder(
                        order.GetProperty("number").GetString()!,
                        Date(order.GetProperty("date")),
                        order.GetProperty("signatoryName").GetString()!,
                        Enum.Parse<SignatoryCapacity>(Pascal(order.GetProperty("signatoryCapacity").GetString()!))),
                    input.GetProperty("members").EnumerateArray().Select(m => new CommissionMember(
                        m.GetProperty("name").GetString()!,
                        m.GetProperty("position").GetString()!,
                        Enum.Parse<CommissionRole>(Pascal(m.GetProperty("role").GetString()!)))));
                break;
            default:
                throw new InvalidOperationException($"The reference does not know the seed operation '{operation}'.");
        }
    }

    private static DateOnly Date(JsonElement value) => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>FIRST_HEAD → FirstHead (GraphQL enum values to the domain's names).</summary>
    private static string Pascal(string graphQLName) => string.Concat(graphQLName.Split('_')
        .Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
