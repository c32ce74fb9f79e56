namespace Pipeline.Formats.Readers.Subtitles;

/// <summary>Splits subtitle text into blocks: runs of non-blank lines, each line with its number.</summary>
internal static class CueBlocks
{
    public static List<List<NumberedLine>> Split(string text)
    {
        var blocks = new List<List<NumberedLine>>();
        var current = new List<NumberedLine>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                    blocks.Add(current);
                current = [];
                continue;
            }

            current.Add(new NumberedLine(line.TrimEnd(), number));
        }

        if (current.Count > 0)
            blocks.Add(current);
        return blocks;
    }
}
