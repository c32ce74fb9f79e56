namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>Paper size and margins in points; the body area is what lies between the margins.</summary>
public sealed record PageGeometry(double Width, double Height, double Left, double Right, double Top, double Bottom)
{
    public double BodyWidth => Width - Left - Right;

    public double BodyHeight => Height - Top - Bottom;

    /// <summary>The geometry for <c>A4</c> (210 × 297 mm) or <c>Letter</c> (8.5 × 11 in), case-insensitive.</summary>
    public static PageGeometry For(string pageSize) => pageSize.Trim().ToUpperInvariant() switch
    {
        "A4" => new PageGeometry(595.28, 841.89, 72, 72, 72, 68),
        "LETTER" => new PageGeometry(612, 792, 72, 72, 68, 64),
        _ => throw new ArgumentException($"unknown page size '{pageSize}'; known: A4, Letter", nameof(pageSize)),
    };
}
