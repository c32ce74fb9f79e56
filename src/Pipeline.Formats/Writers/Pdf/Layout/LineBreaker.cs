using Pipeline.Formats.Writers.Pdf.Fonts;

namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>Breaks styled runs into lines: greedy, on measured widths, at ordinary spaces only (no-break spaces
/// hold words together); a word wider than the line is broken between characters. Linear in the text.
/// An instance reuses its working lists from one call to the next, so it serves one thread at a time.</summary>
public sealed class LineBreaker(TextMeasurer measurer)
{
    private const double Tolerance = 0.001;

    private readonly Pending word = new();
    private readonly Pending space = new();
    private readonly LineBuilder builder = new();

    /// <summary>Breaks <paramref name="runs"/> into lines at most <paramref name="width"/> points wide;
    /// each line is <paramref name="leading"/> times its largest font size high.</summary>
    public ImmutableArray<Line> Break(IReadOnlyList<StyledRun> runs, double width, double leading = 1.35)
    {
        if (width <= 0)
            throw new ArgumentOutOfRangeException(nameof(width), width, "line width must be positive");
        builder.Start(runs, width, leading);
        word.Clear();
        space.Clear();
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (run.Text == StyledRun.LineBreak)
            {
                Place();
                builder.FinishLine(run.Style, forced: true);
                continue;
            }

            var text = run.Text;
            for (var i = 0; i < text.Length;)
            {
                var isSpace = text[i] == ' ';
                var end = StretchEnd(text, i, isSpace);
                var piece = new Piece(r, i, end - i, measurer.Width(text.AsSpan(i, end - i), run.Style));
                if (isSpace)
                {
                    Place();
                    space.Add(piece);
                }
                else
                {
                    word.Add(piece);
                }

                i = end;
            }
        }

        Place();
        builder.FinishLine(null, forced: false);
        return builder.TakeLines();
    }

    /// <summary>The end of the stretch of spaces (or of other characters) that starts at <paramref name="start"/>.</summary>
    private static int StretchEnd(string text, int start, bool spaces)
    {
        var rest = text.AsSpan(start + 1);
        var length = spaces ? rest.IndexOfAnyExcept(' ') : rest.IndexOf(' ');
        return length < 0 ? text.Length : start + 1 + length;
    }

    /// <summary>Puts the pending word (preceded by the pending space) on the current line or a new one.</summary>
    private void Place()
    {
        if (word.Pieces.Count == 0)
            return;
        if (!builder.IsEmpty && builder.Used + space.Width + word.Width <= builder.Width + Tolerance)
        {
            builder.AddRange(space.Pieces);
            builder.AddRange(word.Pieces);
        }
        else
        {
            builder.FinishLine(null, forced: false);
            if (word.Width <= builder.Width + Tolerance)
                builder.AddRange(word.Pieces);
            else
                BreakLongWord();
        }

        word.Clear();
        space.Clear();
    }

    /// <summary>Splits a word wider than the line between characters (never inside a surrogate pair).</summary>
    private void BreakLongWord()
    {
        foreach (var piece in word.Pieces)
        {
            var run = builder.RunOf(piece);
            var text = run.Text;
            var end = piece.Start + piece.Length;
            var chunkStart = piece.Start;
            var chunkWidth = 0.0;
            for (var i = piece.Start; i < end; i++)
            {
                var first = i;
                var codePoint = CodePoints.At(text, ref i);
                var charWidth = TextMeasurer.CodePointWidth(codePoint, run.Style);
                if (builder.Used + chunkWidth + charWidth > builder.Width + Tolerance && (first > chunkStart || !builder.IsEmpty))
                {
                    if (first > chunkStart)
                        builder.Add(Chunk(piece.Run, run, chunkStart, first));
                    builder.FinishLine(null, forced: false);
                    chunkStart = first;
                    chunkWidth = 0;
                }

                chunkWidth += charWidth;
            }

            if (end > chunkStart)
                builder.Add(Chunk(piece.Run, run, chunkStart, end));
        }
    }

    private Piece Chunk(int index, StyledRun run, int start, int end) =>
        new(index, start, end - start, measurer.Width(run.Text.AsSpan(start, end - start), run.Style));

    /// <summary>A stretch of a run's text (a word, the spaces between words, or part of a long word) and its width. The
    /// run is named by its index in the runs being broken: a piece holds no reference, so emptying the lists of pieces
    /// (after every word and line) only resets their count.</summary>
    private readonly record struct Piece(int Run, int Start, int Length, double Width)
    {
        public int End => Start + Length;
    }

    /// <summary>The pieces of the word (or of the space) not yet placed, and their width summed in order.</summary>
    private sealed class Pending
    {
        public List<Piece> Pieces { get; } = [];

        public double Width { get; private set; }

        public void Add(Piece piece)
        {
            Pieces.Add(piece);
            Width += piece.Width;
        }

        public void Clear()
        {
            Pieces.Clear();
            Width = 0;
        }
    }

    /// <summary>Collects pieces into the current line and turns finished lines into <see cref="Line"/>s.</summary>
    private sealed class LineBuilder
    {
        private readonly List<Piece> pieces = [];
        private readonly List<Line> lines = [];
        private readonly List<Fragment> fragments = [];
        private readonly List<string> footnotes = [];
        private readonly StringBuilder joined = new();
        private IReadOnlyList<StyledRun> runs = [];
        private double leading;

        public double Width { get; private set; }

        public double Used { get; private set; }

        public bool IsEmpty => pieces.Count == 0;

        public void Start(IReadOnlyList<StyledRun> broken, double width, double leading)
        {
            runs = broken;
            Width = width;
            this.leading = leading;
            pieces.Clear();
            lines.Clear();
            Used = 0;
        }

        public ImmutableArray<Line> TakeLines()
        {
            ImmutableArray<Line> result = [.. lines];
            lines.Clear();
            return result;
        }

        /// <summary>The run <paramref name="piece"/> is a stretch of.</summary>
        public StyledRun RunOf(Piece piece) => runs[piece.Run];

        public void Add(Piece piece)
        {
            pieces.Add(piece);
            Used += piece.Width;
        }

        public void AddRange(List<Piece> range)
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
                    lines.Add(Measure([], 0, style.Size, []));
                return;
            }

            fragments.Clear();
            footnotes.Clear();
            var x = 0.0;
            var fragmentWidth = 0.0;
            var text = new FragmentText(joined);
            var current = RunOf(pieces[0]);
            StyledRun? previous = null;
            var largest = double.MinValue;
            var largestFullSize = double.MinValue;
            foreach (var piece in pieces)
            {
                var run = RunOf(piece);
                if (ReferenceEquals(run, previous) && run.FootnoteId is null)
                {
                    // Another stretch of the run before (most of a line): same look, its size already counted.
                    text.Append(piece, run);
                    fragmentWidth += piece.Width;
                    continue;
                }

                if (run.FootnoteId is { } id && !footnotes.Contains(id))
                    footnotes.Add(id);
                if (!SameLook(current, run))
                {
                    fragments.Add(new Fragment(text.Characters(), current.Style, x, fragmentWidth, current.LinkTarget));
                    x += fragmentWidth;
                    text = new FragmentText(joined);
                    fragmentWidth = 0;
                }

                current = previous = run;
                text.Append(piece, run);
                fragmentWidth += piece.Width;
                largest = Math.Max(largest, run.Style.Size);
                if (!run.Style.Superscript)
                    largestFullSize = Math.Max(largestFullSize, run.Style.Size);
            }

            // A line of superscripts alone is as high as its largest one.
            var lineSize = largestFullSize == double.MinValue ? largest : largestFullSize;
            fragments.Add(new Fragment(text.Characters(), current.Style, x, fragmentWidth, current.LinkTarget));
            lines.Add(Measure([.. fragments], x + fragmentWidth, lineSize, footnotes.Count == 0 ? [] : [.. footnotes]));
            pieces.Clear();
            Used = 0;
        }

        private static bool SameLook(StyledRun a, StyledRun b) =>
            a.Style == b.Style && a.LinkTarget == b.LinkTarget && a.FootnoteId is null && b.FootnoteId is null;

        private Line Measure(ImmutableArray<Fragment> lineFragments, double lineWidth, double size, ImmutableArray<string> lineFootnotes)
        {
            var font = ShippedFonts.MetricsOf(FontFace.Serif);
            var height = size * leading;
            var baseline = ((height - (size * (font.Ascent + font.Descent))) / 2) + (size * font.Ascent);
            return new Line(lineFragments, lineWidth, height, baseline, lineFootnotes);
        }
    }

    /// <summary>A fragment's text: while its pieces follow one another in one run it is a slice of the run's text (no
    /// copy); otherwise the pieces are joined into a string of their own.</summary>
    private struct FragmentText(StringBuilder joined)
    {
        private StyledRun? run;
        private int start;
        private int end;
        private bool spilled;

        /// <summary>Adds <paramref name="piece"/>, a stretch of <paramref name="pieceRun"/>.</summary>
        public void Append(Piece piece, StyledRun pieceRun)
        {
            if (run is null)
            {
                (run, start, end) = (pieceRun, piece.Start, piece.End);
                return;
            }

            if (!spilled && ReferenceEquals(run, pieceRun) && piece.Start == end)
            {
                end = piece.End;
                return;
            }

            if (!spilled)
            {
                joined.Clear().Append(run.Text, start, end - start);
                spilled = true;
            }

            joined.Append(pieceRun.Text, piece.Start, piece.Length);
        }

        public readonly ReadOnlyMemory<char> Characters() =>
            spilled ? joined.ToString().AsMemory()
            : run is null ? ReadOnlyMemory<char>.Empty
            : run.Text.AsMemory(start, end - start);
    }
}
