using System.Text;

namespace NationalRecognition.Tools.Tests.Importer;

/// <summary>Feed file contents for the importer's tests: valid rows, and the bytes of a text as a stream.</summary>
internal static class FeedFiles
{
    public const string CsvHeader = "number,learnerIin,learnerName,professionCode,courseName,hours,credits,grade,issueDate,trainingProvider";

    /// <summary>An IIN with a valid check digit.</summary>
    public const string Iin = "900101300007";

    public static string CsvRow(string number, string iin = Iin, string grade = "85%", string hours = "96") =>
        $"{number},{iin},,2519-0-01,Software testing fundamentals,{hours},,{grade},2025-03-14,Astana IT training centre";

    public static string NdjsonLine(string number, string iin = Iin, string grade = "85%") =>
        $$"""{"number":"{{number}}","learnerIin":"{{iin}}","professionCode":"2519-0-01","courseName":"Software testing","hours":96,"grade":"{{grade}}","issueDate":"2025-03-14","trainingProvider":"Astana IT"}""";

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    public static MemoryStream Bytes(params byte[][] parts) => new(parts.SelectMany(p => p).ToArray());
}
