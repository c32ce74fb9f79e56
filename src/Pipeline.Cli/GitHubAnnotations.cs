namespace Pipeline.Cli;

/// <summary>GitHub Actions workflow commands (<c>::warning file=…,line=…,title=PL018::message</c>), so failures and
/// warnings show up on the run's summary page and beside the changed lines, titled by their diagnostic code.</summary>
internal sealed class GitHubAnnotations(TextWriter stdout)
{
    public void Document(DocumentResult result)
    {
        var file = result.Input.DisplayPath.Replace('\\', '/');
        if (result.Status == DocumentStatus.Failed)
            Write("error", file, null, null, null, result.Error ?? "failed");
        foreach (var warning in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning))
            Write("warning", file, warning.Line, warning.Column, warning.CodeName, warning.Message);
    }

    public void Error(string message) => Write("error", null, null, null, null, message);

    /// <param name="title">The annotation's title: the diagnostic code.</param>
    private void Write(string kind, string? file, int? line, int? column, string? title, string message)
    {
        var properties = new List<string>();
        if (file is not null)
            properties.Add("file=" + EscapeProperty(file));
        if (line is { } l)
            properties.Add("line=" + l.ToString(CultureInfo.InvariantCulture));
        if (column is { } c)
            properties.Add("col=" + c.ToString(CultureInfo.InvariantCulture));
        if (title is not null)
            properties.Add("title=" + EscapeProperty(title));
        var head = properties.Count == 0 ? kind : $"{kind} {string.Join(',', properties)}";
        stdout.WriteLine($"::{head}::{EscapeData(message)}");
    }

    private static string EscapeData(string text) =>
        new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    private static string EscapeProperty(string text) =>
        new StringBuilder(EscapeData(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
