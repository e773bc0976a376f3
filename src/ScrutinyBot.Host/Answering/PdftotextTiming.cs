using System.Diagnostics;

namespace ScrutinyBot.Host.Answering;

/// <summary>Times poppler's pdftotext over the same PDFs, one after the other, for the bench's comparison line;
/// null when pdftotext is not installed.</summary>
public static class PdftotextTiming
{
    public static async Task<TimeSpan?> TimeAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            Process? process;
            try
            {
                process = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }

            if (process is null)
            {
                return null;
            }

            using (process)
            {
                var errors = process.StandardError.ReadToEndAsync(cancellationToken);
                await process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                await errors.ConfigureAwait(false);
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return stopwatch.Elapsed;
    }
}
