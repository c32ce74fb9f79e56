namespace Pipeline.Cli;

/// <summary>The lines a run writes outside the per-document log: the banner, usage errors, fatal errors and notes.
/// With <c>--log-format json</c> (or <c>PIPELINE_LOG_FORMAT=json</c>) each is one JSON object, so every line a run
/// writes to stdout or stderr parses; otherwise plain text, escaped for one line.</summary>
internal sealed class CliMessages(CliContext context, LogFormat format)
{
    public LogFormat Format => format;

    /// <summary>The log format the command line asks for, found before parsing (a usage error needs it too):
    /// <c>--log-format X</c>, <c>--log-format=X</c>, else <c>PIPELINE_LOG_FORMAT</c>; anything but json is text.</summary>
    public static LogFormat FormatOf(IReadOnlyList<string> args, CliContext context)
    {
        string? value = null;
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            if (args[i] == "--log-format" && i + 1 < args.Count)
                value = args[i + 1];
            else if (args[i].StartsWith("--log-format=", StringComparison.Ordinal))
                value = args[i]["--log-format=".Length..];
        }

        value ??= context.Variable(EnvironmentNames.LogFormat);
        return string.Equals(value?.Trim(), "json", StringComparison.OrdinalIgnoreCase) ? LogFormat.Json : LogFormat.Text;
    }

    /// <summary>A usage error on stderr (<c>pipeline: …</c>), with a hint such as where to find the usage.</summary>
    public void Usage(string message, string? hint = null)
    {
        if (format == LogFormat.Json)
        {
            Json(context.Stderr, "error", "usage", message, hint);
            return;
        }

        context.Stderr.WriteLine(LogText.Escape($"pipeline: {message}"));
        if (hint is not null)
            context.Stderr.WriteLine(hint);
    }

    /// <summary>A fatal or per-file error on stderr (<c>error: …</c>).</summary>
    public void Error(string message)
    {
        if (format == LogFormat.Json)
            Json(context.Stderr, "error", "error", message, null);
        else
            context.Stderr.WriteLine(LogText.Escape($"error: {message}"));
    }

    /// <summary>A warning on stderr (<c>warning: …</c>).</summary>
    public void Warning(string message)
    {
        if (format == LogFormat.Json)
            Json(context.Stderr, "warning", "warning", message, null);
        else
            context.Stderr.WriteLine(LogText.Escape($"warning: {message}"));
    }

    /// <summary>A document's diagnostic on stderr: <c>warning PL018: talk.txt:12: …</c>, or a JSON line
    /// <c>{"event":"diagnostic","input",…,"diagnostic":{"code",…}}</c>.</summary>
    public void Diagnostic(string input, Core.Diagnostics.Diagnostic diagnostic)
    {
        if (format == LogFormat.Json)
        {
            JsonLogLine.Write(context.Stderr, diagnostic.Severity.ToString().ToLowerInvariant(), "diagnostic", json =>
            {
                json.WriteString("input", input);
                json.WritePropertyName("diagnostic");
                Core.Diagnostics.DiagnosticJson.Write(json, diagnostic);
            });
        }
        else
        {
            context.Stderr.WriteLine(LogText.Escape(TextRunLog.Line(input, diagnostic)));
        }
    }

    /// <summary>A note for the person watching, on stdout (or stderr when stdout carries a document).</summary>
    public void Note(string message, bool toStderr = false)
    {
        var writer = toStderr ? context.Stderr : context.Stdout;
        if (format == LogFormat.Json)
            Json(writer, "info", "note", message, null);
        else
            writer.WriteLine(LogText.Escape(message));
    }

    private static void Json(TextWriter writer, string level, string kind, string message, string? hint) =>
        JsonLogLine.Write(writer, level, kind, json =>
        {
            json.WriteString("message", message);
            if (hint is not null)
                json.WriteString("hint", hint);
        });
}
