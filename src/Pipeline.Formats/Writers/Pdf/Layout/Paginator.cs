using System.Collections.Immutable;

namespace Pipeline.Formats.Writers.Pdf.Layout;

/// <summary>Fills pages with lines: keeps headings and speaker labels with what follows, leaves no single orphan
/// or widow line, and puts each footnote at the foot of the page that carries its marker (continuing on the next
/// page only when it cannot fit on an otherwise empty one). Linear in the number of lines.</summary>
public sealed class Paginator(double bodyHeight, double footnoteGap = 14)
{
    private const double Tolerance = 0.001;

    /// <summary>Lays <paramref name="blocks"/> out on pages of the body height; <paramref name="footnotes"/> in number order.</summary>
    public ImmutableArray<PageLayout> Paginate(IReadOnlyList<LayoutBlock> blocks, IReadOnlyList<LayoutFootnote> footnotes)
    {
        var byId = footnotes.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var pages = new PageSink(bodyHeight, footnoteGap, byId);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.KeepWithNext && !pages.BodyEmpty && KeepHeight(blocks, i, depth: 0) > pages.Free + Tolerance)
                pages.NewPage();
            PlaceBlock(pages, block);
        }

        foreach (var footnote in footnotes)
            pages.PlaceUnreferencedFootnote(footnote.Id);
        return pages.Finish();
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

    /// <summary>The height a keep-with-next block needs: itself, plus the first two lines of the block after it
    /// (all of it, recursively, when that one is kept with its successor too).</summary>
    private static double KeepHeight(IReadOnlyList<LayoutBlock> blocks, int index, int depth)
    {
        var block = blocks[index];
        var height = block.SpaceBefore + block.Height;
        if (index + 1 >= blocks.Count)
            return height;
        var next = blocks[index + 1];
        if (next.KeepWithNext && depth < 4)
            return height + KeepHeight(blocks, index + 1, depth + 1);
        return height + next.SpaceBefore + next.Lines.Take(2).Sum(l => l.Height);
    }

    /// <summary>The page being filled, and the pages already full.</summary>
    private sealed class PageSink(double bodyHeight, double footnoteGap, IReadOnlyDictionary<string, LayoutFootnote> footnotes)
    {
        private readonly ImmutableArray<PageLayout>.Builder pages = ImmutableArray.CreateBuilder<PageLayout>();
        private readonly HashSet<string> placedFootnotes = new(StringComparer.Ordinal);
        private readonly Queue<(LayoutBlock Block, Line Line)> overflow = new();
        private readonly List<PlacedLine> body = [];
        private readonly List<(LayoutBlock Block, Line Line)> notes = [];
        private double bodyUsed;
        private double notesUsed;

        public bool BodyEmpty => body.Count == 0;

        public double Free => bodyHeight - bodyUsed - notesUsed;

        /// <summary>How many lines from <paramref name="from"/> fit on this page, with the footnotes they bring.</summary>
        public int CountFitting(LayoutBlock block, int from, double spaceBefore)
        {
            var used = bodyUsed + spaceBefore;
            var noteHeight = notesUsed;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            for (var i = from; i < block.Lines.Length; i++)
            {
                var line = block.Lines[i];
                var extra = 0.0;
                foreach (var id in line.FootnoteIds)
                {
                    if (placedFootnotes.Contains(id) || !seen.Add(id) || !footnotes.TryGetValue(id, out var note))
                        continue;
                    extra += note.Block.Height + (noteHeight + extra == 0 ? footnoteGap : 0);
                }

                if (used + line.Height + noteHeight + extra > bodyHeight + Tolerance)
                    break;
                used += line.Height;
                noteHeight += extra;
                count++;
            }

            return count;
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
