using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Pipeline.Formats.Writers.Pdf;

/// <summary>The logical structure of the document, built with PDFsharp's object layer: a StructTreeRoot whose one
/// child is the Document element, one element per block and page under it (Title, H1–H3, Lbl, P, Note), Link elements
/// inside them that own their annotation (OBJR), and the parent tree that maps each page's MCIDs and each link
/// annotation back to its element. Marks the catalog as tagged.</summary>
internal sealed class PdfTagTree
{
    /// <summary>The structure type of the document title (PDF 2.0's Title), role-mapped to P for PDF 1.7 readers.</summary>
    public const string TitleTag = "/Title";

    private static readonly PdfLiteral StructElemType = PdfLiterals.Name("/StructElem");

    private readonly PdfDocument pdf;
    private readonly PdfDictionary root;
    private readonly PdfDictionary document;
    private readonly PdfArray documentKids;
    private readonly List<(int Key, PdfItem Value)> parentTree = [];
    private readonly List<PdfDictionary> elements = [];
    private PdfPage? page;
    private int pageKey;
    private PdfArray? pageMarks;
    private int nextKey;

    public PdfTagTree(PdfDocument pdf)
    {
        this.pdf = pdf;
        root = Indirect();
        root.Elements.SetName("/Type", "/StructTreeRoot");
        document = Indirect();
        document.Elements["/Type"] = StructElemType;
        document.Elements["/S"] = PdfLiterals.Name("/Document");
        document.Elements.SetReference("/P", root);
        documentKids = new PdfArray(pdf);
        document.Elements["/K"] = documentKids;
        root.Elements.SetReference("/K", document);
        var catalog = pdf.Internals.Catalog;
        catalog.Elements.SetReference("/StructTreeRoot", root);
        var markInfo = new PdfDictionary(pdf);
        markInfo.Elements.SetBoolean("/Marked", true);
        catalog.Elements["/MarkInfo"] = markInfo;
    }

    /// <summary>Content marked from now on lies on <paramref name="next"/>; gives the page its /StructParents key.</summary>
    public void BeginPage(PdfPage next)
    {
        EndPage();
        page = next;
        pageKey = nextKey++;
        pageMarks = new PdfArray(pdf);
        page.Elements.SetInteger("/StructParents", pageKey);
    }

    /// <summary>A new element of type <paramref name="tag"/> (e.g. <c>/P</c>) under the Document element, on the current page.</summary>
    public PdfDictionary Begin(string tag)
    {
        var element = Element(tag, document);
        documentKids.Elements.Add(element.Reference!);
        return element;
    }

    /// <summary>A new marked-content id on the current page, owned by <paramref name="element"/>.</summary>
    public int Mark(PdfDictionary element)
    {
        var marks = pageMarks ?? throw new InvalidOperationException("no page begun");
        var mcid = marks.Elements.Count;
        marks.Elements.Add(element.Reference!);
        ((PdfArray)element.Elements["/K"]!).Elements.Add(new PdfInteger(mcid));
        return mcid;
    }

    /// <summary>A Link element inside <paramref name="parent"/> that owns <paramref name="annotation"/> (an OBJR) and
    /// whose text is marked with <see cref="Mark"/>; gives the annotation its /StructParent key.</summary>
    public PdfDictionary Link(PdfDictionary parent, PdfAnnotation annotation)
    {
        var link = Element("/Link", parent);
        ((PdfArray)parent.Elements["/K"]!).Elements.Add(link.Reference!);
        var reference = new PdfDictionary(pdf);
        reference.Elements.SetName("/Type", "/OBJR");
        reference.Elements.SetReference("/Obj", annotation);
        reference.Elements.SetReference("/Pg", page!);
        ((PdfArray)link.Elements["/K"]!).Elements.Add(reference);
        var key = nextKey++;
        annotation.Elements.SetInteger("/StructParent", key);
        parentTree.Add((key, link.Reference!));
        return link;
    }

    /// <summary>Writes the parent tree (a number tree, keys in order), the next key and the role map.</summary>
    public void Finish()
    {
        EndPage();
        page = null;
        var nums = new PdfArray(pdf);
        foreach (var (key, value) in parentTree.OrderBy(e => e.Key))
        {
            nums.Elements.Add(new PdfInteger(key));
            nums.Elements.Add(value);
        }

        var tree = Indirect();
        tree.Elements["/Nums"] = nums;
        root.Elements.SetReference("/ParentTree", tree);
        root.Elements.SetInteger("/ParentTreeNextKey", nextKey);
        var roleMap = new PdfDictionary(pdf);
        roleMap.Elements.SetName(TitleTag, "/P");
        root.Elements["/RoleMap"] = roleMap;
        foreach (var element in elements)
            CompactKids(element);
    }

    /// <summary>Hands the kids of <paramref name="element"/> to PDFsharp as one literal when they are marked-content ids
    /// only (most elements: those without links).</summary>
    private static void CompactKids(PdfDictionary element)
    {
        var kids = ((PdfArray)element.Elements["/K"]!).Elements;
        Span<int> ids = kids.Count <= 64 ? stackalloc int[kids.Count] : new int[kids.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            if (kids[i] is not PdfInteger id)
                return;
            ids[i] = id.Value;
        }

        element.Elements["/K"] = PdfLiterals.Integers(ids);
    }

    private void EndPage()
    {
        if (page is not null && pageMarks is not null)
            parentTree.Add((pageKey, pageMarks));
        pageMarks = null;
    }

    private PdfDictionary Element(string tag, PdfDictionary parent)
    {
        var element = Indirect();
        element.Elements["/Type"] = StructElemType;
        element.Elements["/S"] = PdfLiterals.Name(tag);
        element.Elements.SetReference("/P", parent);
        element.Elements.SetReference("/Pg", page ?? throw new InvalidOperationException("no page begun"));
        element.Elements["/K"] = new PdfArray(pdf);
        elements.Add(element);
        return element;
    }

    private PdfDictionary Indirect()
    {
        var dictionary = new PdfDictionary(pdf);
        pdf.Internals.AddObject(dictionary);
        return dictionary;
    }
}
