namespace Pipeline.Core.Diagnostics;

/// <summary>The one error type readers and writers throw for bad input: it names the file and, where one applies, the line.</summary>
public sealed class TranscriptException : Exception
{
    public TranscriptException(string path, string message, int? line = null, Exception? inner = null)
        : base(Format(path, message, line), inner)
    {
        SourcePath = path;
        Line = line;
        Reason = message;
    }

    public string SourcePath { get; }

    public int? Line { get; }

    /// <summary>The message without the file and line.</summary>
    public string Reason { get; }

    private static string Format(string path, string message, int? line) =>
        line is null ? $"{path}: {message}" : $"{path}:{line}: {message}";
}
