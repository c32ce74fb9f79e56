namespace Pipeline.Core.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>An inference the reader made (e.g. a speaker attributed by context).</summary>
    Info,

    /// <summary>A doubt: the output may not mean what the source meant. <c>--strict</c> fails the document.</summary>
    Warning,

    /// <summary>The document could not be processed.</summary>
    Error,
}

/// <summary>A message about a document, with its position in the source when one applies.</summary>
/// <param name="Line">1-based source line, or null.</param>
/// <param name="Column">1-based source column, or null.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Message, int? Line = null, int? Column = null)
{
    public static Diagnostic Info(string message, int? line = null, int? column = null) =>
        new(DiagnosticSeverity.Info, message, line, column);

    public static Diagnostic Warning(string message, int? line = null, int? column = null) =>
        new(DiagnosticSeverity.Warning, message, line, column);

    public static Diagnostic Error(string message, int? line = null, int? column = null) =>
        new(DiagnosticSeverity.Error, message, line, column);

    /// <summary><c>warning 12:1: message</c>, the form used in logs and dumps.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        if (Line is null)
            return $"{severity}: {Message}";
        return Column is null ? $"{severity} {Line}: {Message}" : $"{severity} {Line}:{Column}: {Message}";
    }
}
