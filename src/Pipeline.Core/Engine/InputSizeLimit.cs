namespace Pipeline.Core.Engine;

/// <summary>The largest input a conversion reads (<c>--max-input-size</c>): how it is written and the error above it.</summary>
public static class InputSizeLimit
{
    /// <summary>256 MB: peak memory is at most about 20 times the input plus 150 MB, so a 256 MB input needs about 5 GB.</summary>
    public const long Default = 256L * 1024 * 1024;

    private static readonly (string Suffix, long Factor)[] Units =
    [
        ("kib", 1L << 10), ("mib", 1L << 20), ("gib", 1L << 30), ("tib", 1L << 40),
        ("kb", 1L << 10), ("mb", 1L << 20), ("gb", 1L << 30), ("tb", 1L << 40),
        ("k", 1L << 10), ("m", 1L << 20), ("g", 1L << 30), ("t", 1L << 40),
        ("b", 1),
    ];

    /// <summary>Reads <c>64MB</c>, <c>1GB</c>, <c>512k</c>, <c>1.5GiB</c> or a number of bytes (units are powers of 1024, case
    /// is ignored); <c>0</c> means no limit (null). Null when the text is none of these.</summary>
    public static bool TryParse(string text, out long? limit)
    {
        limit = null;
        var value = text.Trim().ToLowerInvariant();
        long factor = 1;
        foreach (var (suffix, unit) in Units)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                value = value[..^suffix.Length].TrimEnd();
                factor = unit;
                break;
            }
        }

        if (value.Length == 0 || !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number > long.MaxValue / factor)
            return false;
        var bytes = (long)Math.Ceiling(number * factor);
        limit = bytes == 0 ? null : bytes;
        return true;
    }

    /// <summary>A size for people: <c>256 MB</c>, <c>1.5 GB</c>, <c>900 bytes</c> (units are powers of 1024).</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 => Scaled(bytes, 1L << 30, "GB"),
        >= 1L << 20 => Scaled(bytes, 1L << 20, "MB"),
        >= 1L << 10 => Scaled(bytes, 1L << 10, "KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    /// <summary>Throws the error for an input of <paramref name="size"/> bytes when it is above <paramref name="limit"/>.</summary>
    /// <exception cref="TranscriptException">The input is too large.</exception>
    public static void Check(string displayPath, long size, long? limit)
    {
        if (limit is { } max && size > max)
            throw TooLarge(displayPath, size, max);
    }

    /// <summary>The error for an input above the limit: it names the file, its size and the limit.</summary>
    public static TranscriptException TooLarge(string displayPath, long size, long limit) => new(displayPath, string.Create(CultureInfo.InvariantCulture,
        $"input too large: {Format(size)} ({size:N0} bytes) is above --max-input-size {Format(limit)} ({limit:N0} bytes); not read"));

    private static string Scaled(long bytes, long unit, string name) =>
        bytes % unit == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / unit} {name}") : string.Create(CultureInfo.InvariantCulture, $"{(double)bytes / unit:0.#} {name}");
}
