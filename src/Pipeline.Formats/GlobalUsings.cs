// Namespaces most files of this project use (issue 16); written by global_usings.py.
global using System.Collections.Immutable;
global using System.Globalization;
global using System.Text;
global using System.Text.RegularExpressions;
global using System.Xml.Linq;
global using Pipeline.Core.Decoding;
global using Pipeline.Core.Diagnostics;
global using Pipeline.Core.Model;
global using Pipeline.Core.Normalizing;
global using Pipeline.Core.Plugins;
