using Pipeline.Formats.Writers.Pdf.Fonts;

namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>Breaks styled runs into lines: greedy, on measured widths, at ordinary spaces only (no-break spaces
/// hold words together); a word wider than the line is broken between characters. Linear in the text.</summary>
public sealed class LineBreaker(TextMeasurer measurer)
{
    private const double Tolerance = 0.001;

    /// <summary>Breaks <paramref name="runs"/> into lines at most <paramref name="width"/> points wide;
    /// each line is <paramref name="leading"/> times its largest font size high.</summary>
    public ImmutableArray<Line> Break(IReadOnlyList<StyledRun> runs, double width, double leading = 1.35)
    {
        if (width <= 0)
            throw new ArgumentOutOfRangeException(nameof(width), width, "line width must be positive");
        var builder = new LineBuilder(width, leading);
        var word = new List<Piece>();
        var space = new List<Piece>();
        foreach (var run in runs)
        {
            if (run.Text == StyledRun.LineBreak)
            {
                Place(builder, word, space);
                builder.FinishLine(run.Style, forced: true);
                continue;
            }

            var text = run.Text;
            for (var i = 0; i < text.Length;)
            {
                var isSpace = text[i] == ' ';
                var end = i + 1;
                while (end < text.Length && (text[end] == ' ') == isSpace)
                    end++;
                var segment = text[i..end];
                var piece = new Piece(segment, run, measurer.Width(segment, run.Style));
                if (isSpace)
                {
                    Place(builder, word, space);
                    space.Add(piece);
                }
                else
                {
                    word.Add(piece);
                }

                i = end;
            }
        }

        Place(builder, word, space);
        builder.FinishLine(null, forced: false);
        return builder.Lines.ToImmutable();
    }

    /// <summary>Puts the pending word (preceded by the pending space) on the current line or a new one.</summary>
    private void Place(LineBuilder builder, List<Piece> word, List<Piece> space)
    {
        if (word.Count == 0)
            return;
        var wordWidth = word.Sum(p => p.Width);
        var spaceWidth = space.Sum(p => p.Width);
        if (!builder.IsEmpty && builder.Used + spaceWidth + wordWidth <= builder.Width + Tolerance)
        {
            builder.AddRange(space);
            builder.AddRange(word);
        }
        else
        {
            builder.FinishLine(null, forced: false);
            if (wordWidth <= builder.Width + Tolerance)
                builder.AddRange(word);
            else
                BreakLongWord(builder, word);
        }

        word.Clear();
        space.Clear();
    }

    /// <summary>Splits a word wider than the line between characters (never inside a surrogate pair).</summary>
    private void BreakLongWord(LineBuilder builder, List<Piece> word)
    {
        foreach (var piece in word)
        {
            var chunk = new StringBuilder();
            var chunkWidth = 0.0;
            for (var i = 0; i < piece.Text.Length; i++)
            {
                var first = i;
                var codePoint = CodePoints.At(piece.Text, ref i);
                var charWidth = TextMeasurer.CodePointWidth(codePoint, piece.Run.Style);
                if (builder.Used + chunkWidth + charWidth > builder.Width + Tolerance && (chunk.Length > 0 || !builder.IsEmpty))
                {
                    if (chunk.Length > 0)
                        builder.Add(new Piece(chunk.ToString(), piece.Run, measurer.Width(chunk.ToString(), piece.Run.Style)));
                    builder.FinishLine(null, forced: false);
                    chunk.Clear();
                    chunkWidth = 0;
                }

                chunk.Append(piece.Text, first, i - first + 1);
                chunkWidth += charWidth;
            }

            if (chunk.Length > 0)
                builder.Add(new Piece(chunk.ToString(), piece.Run, measurer.Width(chunk.ToString(), piece.Run.Style)));
        }
    }

    private sealed record Piece(string Text, StyledRun Run, double Width);

    /// <summary>Collects pieces into the current line and turns finished lines into <see cref="Line"/>s.</summary>
    private sealed class LineBuilder(double width, double leading)
    {
        private readonly List<Piece> pieces = [];

        public ImmutableArray<Line>.Builder Lines { get; } = ImmutableArray.CreateBuilder<Line>();

        public double Width => width;

        public double Used { get; private set; }

        public bool IsEmpty => pieces.Count == 0;

        public void Add(Piece piece)
        {
            pieces.Add(piece);
            Used += piece.Width;
        }

        public void AddRange(IEnumerable<Piece> range)
        {
            foreach (var piece in range)
                Add(piece);
        }

        /// <summary>Ends the current line; a forced break on an empty line makes an empty line in <paramref name="style"/>.</summary>
        public void FinishLine(TextStyle? style, bool forced)
        {
            if (pieces.Count == 0)
            {
                if (forced && style is not null)
                    Lines.Add(Measure([], 0, style.Size));
                return;
            }

            var fragments = ImmutableArray.CreateBuilder<Fragment>();
            var footnotes = ImmutableArray.CreateBuilder<string>();
            var x = 0.0;
            var text = new StringBuilder();
            var fragmentWidth = 0.0;
            StyledRun? current = null;
            foreach (var piece in pieces)
            {
                if (piece.Run.FootnoteId is { } id && !footnotes.Contains(id))
                    footnotes.Add(id);
                if (current is not null && !SameLook(current, piece.Run))
                {
                    fragments.Add(new Fragment(text.ToString(), current.Style, x, fragmentWidth, current.LinkTarget));
                    x += fragmentWidth;
                    text.Clear();
                    fragmentWidth = 0;
                }

                current = piece.Run;
                text.Append(piece.Text);
                fragmentWidth += piece.Width;
            }

            fragments.Add(new Fragment(text.ToString(), current!.Style, x, fragmentWidth, current.LinkTarget));
            var lineSize = pieces.Where(p => !p.Run.Style.Superscript).Select(p => p.Run.Style.Size).DefaultIfEmpty(pieces.Max(p => p.Run.Style.Size)).Max();
            Lines.Add(Measure(fragments.ToImmutable(), x + fragmentWidth, lineSize, footnotes.ToImmutable()));
            pieces.Clear();
            Used = 0;
        }

        private static bool SameLook(StyledRun a, StyledRun b) =>
            a.Style == b.Style && a.LinkTarget == b.LinkTarget && a.FootnoteId is null && b.FootnoteId is null;

        private Line Measure(ImmutableArray<Fragment> fragments, double lineWidth, double size, ImmutableArray<string> footnotes = default)
        {
            var font = ShippedFonts.MetricsOf(FontFace.Serif);
            var height = size * leading;
            var baseline = ((height - (size * (font.Ascent + font.Descent))) / 2) + (size * font.Ascent);
            return new Line(fragments, lineWidth, height, baseline, footnotes.IsDefault ? [] : footnotes);
        }
    }
}
