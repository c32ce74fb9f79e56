namespace Pipeline.Formats.Writers.Tei;

/// <summary>Writes a TEI P5 XML edition ("Transcriptions of Speech"): speakers in <c>particDesc</c>, turns as
/// <c>u[@who]</c>, sections as <c>div</c>, footnotes at their markers, timestamps on a <c>timeline</c>.</summary>
/// <remarks>Valid against <c>tei_all.rng</c> (P5 4.7.0). The output is streamed: one pass over the model to collect
/// ids and times, then one pass that writes. Characters XML 1.0 forbids are removed and reported.</remarks>
public sealed class TeiWriter() : Writer("tei", ".tei.xml",
    "TEI P5 XML edition (transcription of speech), valid against tei_all")
{
    protected override void WriteDocument(TranscriptDocument document, Stream output, WriterContext context)
    {
        new TeiDocumentWriter(document, context).Write(output);
    }
}
