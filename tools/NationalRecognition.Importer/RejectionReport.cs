using System.Text;

namespace NationalRecognition.Importer;

/// <summary>
/// The report of rejected rows: CSV with the file's line, the certificate number, and the code, field, clause and reason.
/// Appended batch by batch; on resume it is cut back to the length the checkpoint recorded, so no row is reported twice.
/// </summary>
internal sealed class RejectionReport : IDisposable
{
    private const string Header = "line,number,code,field,clause,reason\n";
    private readonly FileStream _file;

    public RejectionReport(FileInfo file, long resumeAtBytes)
    {
        file.Directory?.Create();
        _file = new FileStream(file.FullName, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        if (resumeAtBytes > 0 && _file.Length >= resumeAtBytes)
        {
            _file.SetLength(resumeAtBytes);
            _file.Position = resumeAtBytes;
        }
        else
        {
            _file.SetLength(0);
            Write(Header);
        }
    }

    public long Length => _file.Length;

    public void Add(long line, string? number, string? code, string? field, string? clause, string? reason) =>
        Write(string.Join(',', line.ToString(System.Globalization.CultureInfo.InvariantCulture), Quote(number), Quote(code), Quote(field), Quote(clause), Quote(reason)) + "\n");

    /// <summary>Makes what was written durable before the checkpoint says it was.</summary>
    public void Flush() => _file.Flush(flushToDisk: true);

    public void Dispose() => _file.Dispose();

    private void Write(string text) => _file.Write(Encoding.UTF8.GetBytes(text));

    private static string Quote(string? value) =>
        value is null ? string.Empty
        : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
