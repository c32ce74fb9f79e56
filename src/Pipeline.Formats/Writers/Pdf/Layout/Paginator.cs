namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>Fills pages with lines: a keep-with-next block (heading, speaker label) stays on the page of what follows
/// it, down to the first <see cref="MinLinesAtBreak"/> lines of body text; a paragraph broken across pages leaves
/// at least <see cref="MinLinesAtBreak"/> lines on each side (no orphan, no widow); each footnote goes at the foot of
/// the page that carries its marker (continuing on the next page only when it cannot fit on an otherwise empty one).
/// Linear in the number of lines.</summary>
public sealed class Paginator(double bodyHeight, double footnoteGap = 14)
{
    /// <summary>The fewest lines of a paragraph left at the foot of a page (orphans) or carried to the next (widows),
    /// and the fewest lines of speech kept with the label or heading before them.</summary>
    public const int MinLinesAtBreak = 2;

    private const double Tolerance = 0.001;

    /// <summary>Lays <paramref name="blocks"/> out on pages of the body height; <paramref name="footnotes"/> in number order.</summary>
    public ImmutableArray<PageLayout> Paginate(IReadOnlyList<LayoutBlock> blocks, IReadOnlyList<LayoutFootnote> footnotes)
    {
        var byId = footnotes.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var pages = new PageSink(bodyHeight, footnoteGap, byId);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.KeepWithNext && !pages.BodyEmpty)
            {
                var chain = KeepChain(blocks, i);
                if (!pages.Fits(chain, freshPage: false) && pages.Fits(chain, freshPage: true))
                    pages.NewPage();
            }

            PlaceBlock(pages, block);
        }

        foreach (var footnote in footnotes)
            pages.PlaceUnreferencedFootnote(footnote.Id);
        return pages.Finish();
    }

    /// <summary>The fewest lines of a block that may start it at the foot of a page: all of a block of three lines
    /// or fewer (breaking it would leave an orphan or a widow), else <see cref="MinLinesAtBreak"/>.</summary>
    public static int MinFirstLines(LayoutBlock block) =>
        block.Lines.Length <= (2 * MinLinesAtBreak) - 1 ? block.Lines.Length : MinLinesAtBreak;

    /// <summary>What must share a page with the keep-with-next block at <paramref name="index"/>: it and every
    /// keep-with-next block straight after it, whole, then the first lines of the blocks that follow until
    /// <see cref="MinLinesAtBreak"/> lines are reached (stopping at the next keep-with-next block, which keeps its own).</summary>
    private static List<(LayoutBlock Block, int Lines)> KeepChain(IReadOnlyList<LayoutBlock> blocks, int index)
    {
        var chain = new List<(LayoutBlock, int)>();
        var i = index;
        for (; i < blocks.Count && blocks[i].KeepWithNext; i++)
            chain.Add((blocks[i], blocks[i].Lines.Length));
        var needed = MinLinesAtBreak;
        for (; i < blocks.Count && needed > 0 && !blocks[i].KeepWithNext; i++)
        {
            var lines = MinFirstLines(blocks[i]);
            chain.Add((blocks[i], lines));
            needed -= lines;
        }

        return chain;
    }

    private static void PlaceBlock(PageSink pages, LayoutBlock block)
    {
        var placed = 0;
        var count = block.Lines.Length;
        while (placed < count)
        {
            var spaceBefore = placed == 0 && !pages.BodyEmpty ? block.SpaceBefore : 0;
            var fit = pages.CountFitting(block, placed, spaceBefore);
            var remaining = count - placed;
            var take = fit;
            if (take < remaining)
            {
                if (block.KeepWithNext)
                    take = 0;
                if (remaining - take == 1)
                    take--;
                if (placed == 0 && take == 1)
                    take = 0;
            }

            if (take <= 0)
            {
                if (!pages.BodyEmpty)
                {
                    pages.NewPage();
                    continue;
                }

                take = Math.Clamp(fit, 1, remaining);
            }

            pages.Place(block, placed, take, spaceBefore);
            placed += take;
            if (placed < count)
                pages.NewPage();
        }
    }

    /// <summary>The page being filled, and the pages already full.</summary>
    private sealed class PageSink(double bodyHeight, double footnoteGap, IReadOnlyDictionary<string, LayoutFootnote> footnotes)
    {
        private readonly ImmutableArray<PageLayout>.Builder pages = ImmutableArray.CreateBuilder<PageLayout>();
        private readonly HashSet<string> placedFootnotes = new(StringComparer.Ordinal);
        private readonly Queue<(LayoutBlock Block, Line Line)> overflow = new();
        private readonly List<PlacedLine> body = [];
        private readonly List<(LayoutBlock Block, Line Line)> notes = [];

        /// <summary>The footnotes a trial fit has counted already (cleared for each trial; one set serves them all).</summary>
        private readonly HashSet<string> counted = new(StringComparer.Ordinal);
        private double bodyUsed;
        private double notesUsed;

        public bool BodyEmpty => body.Count == 0;

        /// <summary>How many lines from <paramref name="from"/> fit on this page, with the footnotes they bring.</summary>
        public int CountFitting(LayoutBlock block, int from, double spaceBefore)
        {
            var used = bodyUsed + spaceBefore;
            var noteHeight = notesUsed;
            counted.Clear();
            var count = 0;
            for (var i = from; i < block.Lines.Length; i++)
            {
                if (!TryAdd(block.Lines[i], ref used, ref noteHeight))
                    break;
                count++;
            }

            return count;
        }

        /// <summary>Whether the given first lines of consecutive blocks fit, with their footnotes and the space
        /// between them, on this page (or on an empty one when <paramref name="freshPage"/>).</summary>
        public bool Fits(IReadOnlyList<(LayoutBlock Block, int Lines)> chain, bool freshPage)
        {
            var used = freshPage ? 0 : bodyUsed;
            var noteHeight = freshPage ? 0 : notesUsed;
            counted.Clear();
            var first = true;
            foreach (var (block, lines) in chain)
            {
                if (!(freshPage && first))
                    used += block.SpaceBefore;
                first = false;
                for (var i = 0; i < lines; i++)
                {
                    if (!TryAdd(block.Lines[i], ref used, ref noteHeight))
                        return false;
                }
            }

            return true;
        }

        /// <summary>Adds a line and the footnotes it brings to running totals, if they fit.</summary>
        private bool TryAdd(Line line, ref double used, ref double noteHeight)
        {
            var extra = 0.0;
            foreach (var id in line.FootnoteIds)
            {
                if (placedFootnotes.Contains(id) || !counted.Add(id) || !footnotes.TryGetValue(id, out var note))
                    continue;
                extra += note.Block.Height + (noteHeight + extra == 0 ? footnoteGap : 0);
            }

            if (used + line.Height + noteHeight + extra > bodyHeight + Tolerance)
                return false;
            used += line.Height;
            noteHeight += extra;
            return true;
        }

        public void Place(LayoutBlock block, int from, int count, double spaceBefore)
        {
            bodyUsed += spaceBefore;
            for (var i = from; i < from + count; i++)
            {
                var line = block.Lines[i];
                body.Add(new PlacedLine(block, line, bodyUsed));
                bodyUsed += line.Height;
                foreach (var id in line.FootnoteIds)
                {
                    if (footnotes.TryGetValue(id, out var note) && placedFootnotes.Add(id))
                    {
                        foreach (var noteLine in note.Block.Lines)
                            overflow.Enqueue((note.Block, noteLine));
                    }
                }

                DrainOverflow();
            }
        }

        /// <summary>Puts a footnote no marker placed (an unreferenced one) after the last page's footnotes.</summary>
        public void PlaceUnreferencedFootnote(string id)
        {
            if (!placedFootnotes.Add(id))
                return;
            foreach (var line in footnotes[id].Block.Lines)
                overflow.Enqueue((footnotes[id].Block, line));
            DrainOverflow();
            while (overflow.Count > 0)
            {
                NewPage();
                DrainOverflow(force: true);
            }
        }

        public void NewPage()
        {
            pages.Add(Build());
            body.Clear();
            notes.Clear();
            bodyUsed = 0;
            notesUsed = 0;
            DrainOverflow(force: true);
        }

        public ImmutableArray<PageLayout> Finish()
        {
            while (overflow.Count > 0)
            {
                NewPage();
            }

            if (body.Count > 0 || notes.Count > 0 || pages.Count == 0)
                pages.Add(Build());
            return pages.ToImmutable();
        }

        /// <summary>Moves queued footnote lines onto this page while they fit; on a fresh page at least one goes.</summary>
        private void DrainOverflow(bool force = false)
        {
            while (overflow.Count > 0)
            {
                var (_, line) = overflow.Peek();
                var gap = notes.Count == 0 ? footnoteGap : 0;
                var fits = bodyUsed + notesUsed + gap + line.Height <= bodyHeight + Tolerance;
                if (!fits && !(force && notes.Count == 0))
                    return;
                notes.Add(overflow.Dequeue());
                notesUsed += gap + line.Height;
            }
        }

        private PageLayout Build()
        {
            var top = bodyHeight - notesUsed + (notes.Count > 0 ? footnoteGap : 0);
            var placedNotes = ImmutableArray.CreateBuilder<PlacedLine>(notes.Count);
            foreach (var (block, line) in notes)
            {
                placedNotes.Add(new PlacedLine(block, line, top));
                top += line.Height;
            }

            return new PageLayout([.. body], placedNotes.MoveToImmutable());
        }
    }
}
