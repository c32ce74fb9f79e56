using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Tests.Formats.Writers.Pdf;

/// <summary>The tag tree of a PDF read with PdfPig's object layer: structure elements in document order.</summary>
internal static class PdfStructureTree
{
    /// <summary>A structure element: its type (without the slash), its depth under the root, and its /ID if any.</summary>
    public sealed record Element(string Type, int Depth, string? Id);

    public static List<Element> Elements(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var elements = new List<Element>();
        if (!catalog.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken))
            return elements;
        Walk(pdf, Resolve(pdf, rootToken), 0, elements);
        return elements;
    }

    /// <summary>The role map of the structure tree root: non-standard type → standard type.</summary>
    public static Dictionary<string, string> RoleMap(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var root = Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]) as DictionaryToken;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root is not null && root.TryGet(NameToken.Create("RoleMap"), out var token) && Resolve(pdf, token) is DictionaryToken roleMap)
        {
            foreach (var (key, value) in roleMap.Data)
                map[key] = ((NameToken)Resolve(pdf, value)).Data;
        }

        return map;
    }

    private static void Walk(PdfDocument pdf, IToken token, int depth, List<Element> elements)
    {
        switch (token)
        {
            case ArrayToken array:
                foreach (var item in array.Data)
                    Walk(pdf, Resolve(pdf, item), depth, elements);
                break;
            case DictionaryToken dictionary:
                var next = depth;
                if (dictionary.TryGet(NameToken.Create("S"), out var type) && Resolve(pdf, type) is NameToken name)
                {
                    string? id = dictionary.TryGet(NameToken.Create("ID"), out var idToken) && Resolve(pdf, idToken) is StringToken s ? s.Data : null;
                    elements.Add(new Element(name.Data, depth, id));
                    next = depth + 1;
                }

                if (dictionary.TryGet(NameToken.Create("K"), out var kids))
                    Walk(pdf, Resolve(pdf, kids), next, elements);
                break;
            default:
                break;
        }
    }

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;
}
