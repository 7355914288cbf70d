using System.Text;

namespace NationalRecognition.Importer;

/// <summary>
/// The report of rejected rows: CSV with the file's line, the certificate number, and the code, field, clause and reason.
/// Appended batch by batch; on resume it is cut back to the length the checkpoint recorded, so no row is reported twice,
/// and a report shorter than that is refused rather than started afresh without the earlier rows.
/// </summary>
internal sealed class RejectionReport : IDisposable
{
    private const string Header = "line,number,code,field,clause,reason\n";
    private readonly FileStream _file;

    public RejectionReport(FileInfo file, long resumeAtBytes)
    {
        file.Directory?.Create();
        _file = new FileStream(file.FullName, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        if (resumeAtBytes <= 0)
        {
            _file.SetLength(0);
            Write(Header);
            return;
        }

        if (_file.Length < resumeAtBytes)
        {
            // Starting it afresh would lose the rows of the batches already answered: they are not sent again.
            var length = _file.Length;
            _file.Dispose();
            throw new ImportFailedException(
                $"The report {file.FullName} is shorter ({length} bytes) than the checkpoint recorded ({resumeAtBytes} bytes), so rows of the earlier run are missing: restore it, or delete the checkpoint to import the file again from the start (the platform answers the batches it has as before).");
        }

        _file.SetLength(resumeAtBytes);
        _file.Position = resumeAtBytes;
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
