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

/// <summary>One value that varies between diagnostics of the same code (a speaker, a count, a marker).</summary>
/// <param name="IsNumber">Written as a JSON number rather than a string.</param>
public readonly record struct DiagnosticArgument(string Name, string Value, bool IsNumber = false);

/// <summary>A message about a document, with its code (<see cref="DiagnosticCode"/>, listed in docs/diagnostics.md),
/// the values that vary (<see cref="Arguments"/>) and its position in the source when one applies. The message is for
/// people; programs and tests look at the code and the arguments.</summary>
public sealed record Diagnostic
{
    private Diagnostic(DiagnosticCode code, DiagnosticSeverity severity, string message, int? line, int? column)
    {
        var expected = DiagnosticCodes.SeverityOf(code);
        if (severity != expected)
            throw new ArgumentException($"{DiagnosticCodes.Name(code)} is a code of level {expected}, not {severity}", nameof(severity));
        Code = code;
        Severity = severity;
        Message = message;
        Line = line;
        Column = column;
    }

    public DiagnosticCode Code { get; }

    /// <summary>The code as written in logs, reports and <c>--strict=</c>: <c>PL012</c>.</summary>
    public string CodeName => DiagnosticCodes.Name(Code);

    public DiagnosticSeverity Severity { get; }

    /// <summary>Human text; its wording may change without notice.</summary>
    public string Message { get; }

    /// <summary>1-based source line, or null.</summary>
    public int? Line { get; init; }

    /// <summary>1-based source column, or null.</summary>
    public int? Column { get; init; }

    /// <summary>The values that vary, in the order they were added; names are camelCase and fixed per code.</summary>
    public ImmutableArray<DiagnosticArgument> Arguments { get; init; } = [];

    public static Diagnostic Info(DiagnosticCode code, string message, int? line = null, int? column = null) =>
        new(code, DiagnosticSeverity.Info, message, line, column);

    public static Diagnostic Warning(DiagnosticCode code, string message, int? line = null, int? column = null) =>
        new(code, DiagnosticSeverity.Warning, message, line, column);

    public static Diagnostic Error(DiagnosticCode code, string message, int? line = null, int? column = null) =>
        new(code, DiagnosticSeverity.Error, message, line, column);

    /// <summary>This diagnostic with one more argument.</summary>
    public Diagnostic With(string name, string? value) =>
        this with { Arguments = Arguments.Add(new DiagnosticArgument(name, value ?? "")) };

    /// <summary>This diagnostic with one more argument, a number.</summary>
    public Diagnostic With(string name, long value) =>
        this with { Arguments = Arguments.Add(new DiagnosticArgument(name, value.ToString(CultureInfo.InvariantCulture), IsNumber: true)) };

    /// <summary>The value of the argument <paramref name="name"/>, or null when it has none.</summary>
    public string? Argument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
                return argument.Value;
        }

        return null;
    }

    /// <summary><c>warning PL012 12:1: message</c>, the form used in logs and dumps.</summary>
    public override string ToString()
    {
        var head = Severity.ToString().ToLowerInvariant() + " " + CodeName;
        if (Line is null)
            return $"{head}: {Message}";
        return Column is null ? $"{head} {Line}: {Message}" : $"{head} {Line}:{Column}: {Message}";
    }

    public bool Equals(Diagnostic? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Message == other.Message && Line == other.Line
        && Column == other.Column && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Code, Message, Line, Column);
}
