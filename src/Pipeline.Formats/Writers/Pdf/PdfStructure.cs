using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>The PDF/UA-1 requirements this writer can check on itself before it claims conformance in XMP.</summary>
internal static class PdfStructure
{
    /// <summary>True when every PDF/UA-1 requirement checked here holds: the document is marked and has a structure
    /// tree, a language and a title shown in the title bar; heading levels start at 1 and never skip one; every Note
    /// has an /ID of its own; every link annotation has alternative text (/Contents) and a structure parent; every page
    /// uses the structure order for tabs. Other requirements hold by construction (the renderer draws text only inside
    /// a structure element or an artifact; every font is embedded with a ToUnicode map).</summary>
    public static bool MeetsUniversalAccess(PdfDocument pdf, PdfPageRenderer renderer)
    {
        var catalog = pdf.Internals.Catalog;
        var marked = catalog.Elements.GetDictionary("/MarkInfo")?.Elements.GetBoolean("/Marked") ?? false;
        if (!marked || catalog.Elements.GetDictionary("/StructTreeRoot") is null)
            return false;
        if (string.IsNullOrWhiteSpace(catalog.Elements.GetString("/Lang")) || string.IsNullOrWhiteSpace(pdf.Info.Title)
            || !pdf.ViewerPreferences.DisplayDocTitle)
            return false;
        var previous = 0;
        foreach (var level in renderer.HeadingLevels)
        {
            if (level > previous + 1)
                return false;
            previous = level;
        }

        if (renderer.NoteIds.Distinct(StringComparer.Ordinal).Count() != renderer.NoteIds.Count)
            return false;
        foreach (var page in pdf.Pages)
        {
            if (page.Elements.GetName("/Tabs") != "/S")
                return false;
            foreach (var link in PageAnnotations.Of(page).OfType<PdfLinkAnnotation>())
            {
                if (string.IsNullOrWhiteSpace(link.Elements.GetString("/Contents")) || !link.Elements.ContainsKey("/StructParent"))
                    return false;
            }
        }

        return true;
    }
}
